package org.talksbot.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class PlaceTest {

    @Test
    void theUnderstoodLineNamesEachSidesLatinNameButNotOtherScriptsOrRespellings() {
        Place karabakh = new Place("nagorno-karabakh", "Nagorno-Karabakh",
                List.of("Artsakh", "Nagorno Karabakh", "Qarabağ", "Нагорный Карабах", "Արցախ"));

        assertEquals("Nagorno-Karabakh (Artsakh, Qarabağ)", karabakh.withOtherNames());
    }

    @Test
    void aPlaceKnownOnlyByOtherScriptsIsNamedAlone() {
        assertEquals("Lachin", new Place("lachin", "Lachin", List.of("Лачин", "Լաչին")).withOtherNames());
    }
}
