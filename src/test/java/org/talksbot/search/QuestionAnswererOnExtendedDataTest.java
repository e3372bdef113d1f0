package org.talksbot.search;

/** {@link QuestionAnswererTest} on the copy of db/curated with one more event and quote, added as the README says. */
class QuestionAnswererOnExtendedDataTest extends QuestionAnswererTest {

    @Override
    CuratedData data() {
        return CuratedData.extended();
    }
}
