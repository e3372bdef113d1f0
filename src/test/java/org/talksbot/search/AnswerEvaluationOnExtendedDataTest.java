package org.talksbot.search;

/** {@link AnswerEvaluationTest} on the copy of db/curated with one more event and quote, added as the README says. */
class AnswerEvaluationOnExtendedDataTest extends AnswerEvaluationTest {

    @Override
    CuratedData data() {
        return CuratedData.extended();
    }
}
