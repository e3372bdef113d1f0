package org.talksbot.curate;

import java.nio.file.Path;
import org.talksbot.CuratedCopies;

/** {@link CuratedDataTest} on the copy of db/curated with one more event and quote, added as the README says. */
class CuratedDataOnExtendedDataTest extends CuratedDataTest {

    @Override
    Path folder() {
        return CuratedCopies.extended();
    }
}
