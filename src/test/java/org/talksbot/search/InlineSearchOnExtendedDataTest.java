package org.talksbot.search;

/** {@link InlineSearchTest} on the copy of db/curated with one more event and quote, added as the README says. */
class InlineSearchOnExtendedDataTest extends InlineSearchTest {

    @Override
    CuratedData data() {
        return CuratedData.extended();
    }
}
