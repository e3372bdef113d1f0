package org.talksbot.console;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.io.TempDir;
import org.talksbot.core.Photo;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.talksbot.core.Bot;
import org.talksbot.core.Button;
import org.talksbot.core.Html;
import org.talksbot.core.Reply;
import org.talksbot.core.Request;
import org.talksbot.i18n.Language;
import org.talksbot.i18n.Messages;

class ConsoleModeTest {

    private final List<Request> seen = new ArrayList<>();
    private Language language = Language.EN;
    private final Bot bot = request -> {
        seen.add(request);
        return switch (request.text()) {
            case "/boom" -> throw new IllegalStateException("broken");
            case "/quiet" -> Reply.of("");
            case "/chart" -> Reply.withPhoto(new Photo(PNG, "<b>Events</b> per month"), "<b>Events per month</b>\n2023-02: 2",
                    List.of());
            case "/latest" -> Reply.of("<b>Talks</b> &amp; <a href=\"https://x.org\">source</a>",
                    List.of(List.of(new Button("Older", "/latest 2"), new Button("Help", "/help"))));
            default -> Reply.of("You said " + Html.escape(request.text()));
        };
    };

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 1, 2, 3};

    @TempDir
    Path charts;

    private String run(String input) {
        return run(input, new ChartFiles(charts));
    }

    private String run(String input, ChartFiles files) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code = ConsoleMode.run(bot, chatId -> language, new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), false, files);
        assertEquals(0, code);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void eachLineIsAPrivateMessageAnsweredInPlainTextAndABlankLine() {
        assertEquals("You said a <b>\n\nYou said x & y\n\n", run("a <b>\nx & y\n"));
        assertEquals(new Request(1, 1, "en", "a <b>", Request.ChatType.PRIVATE, Request.Origin.MESSAGE), seen.get(0));
    }

    @Test
    void buttonsAreListedUnderTheReply() {
        assertEquals("Talks & source <https://x.org>\n[Older] [Help]\n\n", run("/latest"));
    }

    @Test
    void aChartIsSavedAsAPngFileAndItsPathIsPrintedAboveItsCounts() throws IOException {
        String printed = run("/chart\n");

        Matcher saved = Pattern.compile("^Chart saved to (\\S+\\.png)\n").matcher(printed);
        assertTrue(saved.find(), printed);
        Path file = Path.of(saved.group(1));
        assertEquals(charts.toAbsolutePath(), file.getParent());
        assertArrayEquals(PNG, Files.readAllBytes(file));
        assertEquals("Events per month\n2023-02: 2\n\n", printed.substring(saved.end()));
    }

    @Test
    void aChartThatCannotBeSavedStillPrintsItsCounts() throws IOException {
        Path notAFolder = Files.writeString(charts.resolve("taken"), "a file where the folder should be");

        String printed = run("/chart\n", new ChartFiles(notAFolder.resolve("charts")));

        assertTrue(printed.startsWith("(The chart could not be saved as a file: "), printed);
        assertTrue(printed.endsWith("Its counts follow.)\nEvents per month\n2023-02: 2\n\n"), printed);
    }

    @Test
    void anEmptyReplyPrintsNothing() {
        assertEquals("You said after\n\n", run("/quiet\nafter"));
    }

    @Test
    void aFailingLineGetsAnApologyAndTheNextLineIsStillAnswered() {
        assertEquals(Messages.of(Language.EN).get("console.failed") + "\n\nYou said next\n\n", run("/boom\nnext\n"));
    }

    @Test
    void theConsolesOwnLinesAreInTheChatsLanguage() {
        language = Language.RU;
        String russian = run("/boom\n");
        assertEquals(Messages.of(Language.RU).get("console.failed") + "\n\n", russian);
        assertTrue(russian.matches("(?s).*\\p{IsCyrillic}.*"), russian);

        language = Language.HY;
        String armenian = run("/chart\n");
        String savedTo = Messages.of(Language.HY).get("console.chart.saved", "path", "");
        assertTrue(armenian.startsWith(savedTo) && savedTo.matches("(?s).*\\p{IsArmenian}.*"), armenian);
    }

    @Test
    void pipedInputGetsNoPromptAndEmptyInputEndsAtOnce() {
        assertEquals("", run(""));
        assertEquals("", run("\n  \n"));
        assertEquals(List.of(), seen);
    }
}
