package org.talksbot.ask;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TextsTest {

    @Test
    void flatTextComesBackStripped() {
        assertEquals("The sides met. They agreed.", Texts.flat("  The sides met. They agreed.\n"));
    }

    @Test
    void flatJoinsEveryRunOfWhiteSpaceIntoOneSpace() {
        assertEquals("a b c d e f g", Texts.flat("a  b\tc\nd\r\ne\u000Bf\fg"));
        assertEquals("one two", Texts.flat("one \n two"));
    }

    @Test
    void flatLeavesSpacesOtherThanAsciiWhiteSpaceInside() {
        // a no-break space is not white space to the summary line, as before
        assertEquals("10\u00A0km", Texts.flat("10\u00A0km"));
    }

    @Test
    void echoIsOneLineCutWithAnEllipsis() {
        assertEquals("what did they say", Texts.echo(" what did\n\nthey   say "));
        String cut = Texts.echo("word\n".repeat(40));
        assertTrue(cut.endsWith("…") && cut.length() <= Texts.ECHO_LIMIT + 1 && !cut.contains("\n"), cut);
    }
}
