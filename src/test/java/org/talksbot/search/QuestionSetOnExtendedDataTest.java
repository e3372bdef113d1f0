package org.talksbot.search;

/** {@link QuestionSetTest} on the copy of db/curated with one more event and quote, added as the README says. */
class QuestionSetOnExtendedDataTest extends QuestionSetTest {

    @Override
    CuratedData data() {
        return CuratedData.extended();
    }
}
