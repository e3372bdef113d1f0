package org.talksbot.ask;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.talksbot.core.Button;
import org.talksbot.core.Reply;
import org.talksbot.core.Request;
import org.talksbot.i18n.Language;
import org.talksbot.i18n.Messages;
import org.talksbot.store.TestStore;

/** Asks a router built on the shared test store, and checks what every reply must satisfy. */
final class Answers {

    /** Built once: the standard store is only read by the answer tests. */
    static final CommandRouter STANDARD = CommandRouter.create(TestStore.standard().jdbi());

    private Answers() {
    }

    static Reply ask(String text) {
        return ask(STANDARD, text);
    }

    static Reply ask(CommandRouter router, String text) {
        return ask(router, text, Language.EN);
    }

    /** Asks in a chat that reads the language (as Features resolves it before the router). */
    static Reply ask(String text, Language language) {
        return ask(STANDARD, text, language);
    }

    static Reply ask(CommandRouter router, String text, Language language) {
        Reply reply = router.answer(Request.privateMessage(7, text).withLanguage(language.code()));
        assertWellFormed(reply);
        return reply;
    }

    static Messages messages(Language language) {
        return Messages.of(language);
    }

    /** A day such as 2023-07-10 as cards write it in English ("10 July 2023"). */
    static String day(String iso) {
        return day(iso, Language.EN);
    }

    static String day(String iso, Language language) {
        return Messages.of(language).day(java.time.LocalDate.parse(iso));
    }

    /** A month such as 2022-12 as cards write it ("December 2022"). */
    static String month(String isoMonth) {
        return month(isoMonth, Language.EN);
    }

    static String month(String isoMonth, Language language) {
        return Messages.of(language).month(java.time.YearMonth.parse(isoMonth).atDay(1));
    }

    /** Telegram-sized parts with balanced tags, and button data within 64 bytes. */
    static void assertWellFormed(Reply reply) {
        for (String part : reply.parts()) {
            assertTrue(part.length() <= 4096, "part longer than 4096");
            assertBalanced(part);
        }
        for (List<Button> row : reply.buttons()) {
            for (Button button : row) {
                assertTrue(button.data().getBytes(StandardCharsets.UTF_8).length <= 64, button.data());
            }
        }
    }

    static void assertBalanced(String html) {
        for (String tag : List.of("b", "i", "a", "code")) {
            assertEquals(count(html, "<" + tag + "[ >]"), count(html, "</" + tag + ">"), "unbalanced <" + tag + "> in " + html);
        }
        assertEquals(-1, html.replaceAll("<(/?)(b|i|a|code)( href=\"[^\"<>]*\")?>", "").indexOf('<'),
                "a raw < outside the known tags: " + html);
    }

    private static int count(String html, String regex) {
        Matcher m = Pattern.compile(regex).matcher(html);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    /** The data of the only button labelled More, or null when there is none. */
    static String more(Reply reply) {
        return more(reply, Language.EN);
    }

    /** The data of the button labelled More in the language, or null when there is none. */
    static String more(Reply reply, Language language) {
        String label = Messages.of(language).get("common.more");
        return reply.buttons().stream().flatMap(List::stream)
                .filter(button -> button.label().equals(label)).map(Button::data).findFirst().orElse(null);
    }

    static List<String> buttonData(Reply reply) {
        return reply.buttons().stream().flatMap(List::stream).map(Button::data).toList();
    }
}
