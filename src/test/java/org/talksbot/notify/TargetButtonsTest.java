package org.talksbot.notify;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TargetButtonsTest {

    @Test
    void anEchoOfUnknownInputCutAtSixtyUnitsKeepsAnEmojiWholeOrDropsIt() {
        String typed = "x".repeat(TargetButtons.ECHO_CHARS - 1) + "😀😀";
        assertEquals("x".repeat(TargetButtons.ECHO_CHARS - 1) + "…", TargetButtons.echo(typed));
        assertEquals("a &lt;b&gt; 😀", TargetButtons.echo("a <b> 😀"));
    }
}
