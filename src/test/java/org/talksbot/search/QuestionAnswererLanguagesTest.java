package org.talksbot.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.talksbot.core.Button;
import org.talksbot.core.Reply;
import org.talksbot.core.Request;
import org.talksbot.i18n.Language;
import org.talksbot.i18n.Messages;

/**
 * Questions answered in the chat's language (the request's, as the chat resolved it), against the real
 * curated data: the understood line, dates and "I don't know" in Russian and Armenian, whatever language
 * the question is typed in.
 */
class QuestionAnswererLanguagesTest {

    private final QuestionAnswerer answerer = CuratedData.REAL.answerer();

    /** The peace treaty topic's name as the curators translated it (English where they did not). */
    private static String treaty(Language language) {
        return CuratedData.REAL.index().snapshot().vocabulary().topic("peace-treaty").name(language);
    }

    private Reply ask(Language language, String text) {
        return answerer.answer(Request.privateMessage(7, text).withLanguage(language.code()));
    }

    @Test
    void aRussianQuestionInARussianChatIsReadAndAnsweredInRussian() {
        String html = ask(Language.RU, "что сказал Пашинян о мирном договоре?").html();
        String treaty = treaty(Language.RU);
        assertTrue(html.startsWith("<i>Цитаты, автор: Nikol Pashinyan, тема: " + treaty + "; сначала лучшее совпадение"),
                html);
        assertFalse(html.contains("best match"), html);
    }

    @Test
    void anArmenianQuestionInAnArmenianChatIsReadAndAnsweredInArmenian() {
        String html = ask(Language.HY, "Ի՞նչ է ասել Փաշինյանը խաղաղության պայմանագրի մասին").html();
        assertTrue(html.startsWith("<i>Մեջբերումներ, հեղինակ՝ Nikol Pashinyan, թեմա՝ " + treaty(Language.HY)
                + ", նախ՝ լավագույն"), html);
    }

    @Test
    void monthNamesInAnyCaseAndTheYearWordAreReadAsTheMonth() {
        String month = Messages.of(Language.RU).month(LocalDate.of(2023, 9, 1));
        assertEquals("сентябрь 2023 г.", month);
        for (String question : List.of("что произошло в сентябре 2023 года", "события сентября 2023 г.",
                "что случилось в сентябре 2023")) {
            String html = ask(Language.RU, question).html();
            assertTrue(html.startsWith("<i>События") && html.contains(" за " + month + "; сначала"), question + "\n" + html);
        }
        String armenian = Messages.of(Language.HY).month(LocalDate.of(2023, 9, 1));
        String html = ask(Language.HY, "ինչ եղավ 2023 թվականի սեպտեմբերին").html();
        assertTrue(html.startsWith("<i>Իրադարձություններ") && html.contains(", " + armenian + ", նախ՝"), html);
    }

    @Test
    void anArmenianDayWrittenYearFirstIsReadAsThatDayAndWrittenTheArmenianWay() {
        String day = Messages.of(Language.HY).day(LocalDate.of(2022, 9, 13));
        assertEquals("13 սեպտեմբերի 2022 թ.", day);
        String html = ask(Language.HY, "ինչ է տեղի ունեցել 2022 թ. սեպտեմբերի 13-ին").html();
        assertTrue(html.startsWith("<i>Իրադարձություններ") && html.contains(", " + day + ", նախ՝"), html);
    }

    @Test
    void aRussianDayIsWrittenTheRussianWay() {
        String day = Messages.of(Language.RU).day(LocalDate.of(2022, 9, 13));
        assertEquals("13 сентября 2022 г.", day);
        String html = ask(Language.RU, "что произошло 13 сентября 2022 года").html();
        assertTrue(html.startsWith("<i>События") && html.contains(" за " + day + "; сначала"), html);
    }

    @Test
    void relativeWordsAreReadAgainstTheClock() {
        // CuratedData's clock stands in 2026: "last year" is 2025
        String html = ask(Language.RU, "что произошло в прошлом году").html();
        assertTrue(html.startsWith("<i>События") && html.contains(" за 2025 г.; сначала"), html);
        String armenian = ask(Language.HY, "ինչ է տեղի ունեցել անցյալ տարի").html();
        assertTrue(armenian.startsWith("<i>Իրադարձություններ") && armenian.contains(", 2025 թ., նախ՝"), armenian);
    }

    @Test
    void anEnglishQuestionInARussianChatIsAnsweredInRussian() {
        String html = ask(Language.RU, "what did Blinken say about a final agreement?").html();
        assertTrue(html.startsWith("<i>Цитаты, автор: Antony Blinken, по словам «final agreement»;"), html);
    }

    @Test
    void iDontKnowIsSaidInTheChatsLanguageWithSuggestionsThatWork() {
        Reply reply = ask(Language.RU, "какая погода в Ереване");
        assertTrue(reply.html().startsWith("Не знаю: в моей базе нет ответа на «какая погода в Ереване»."),
                reply.html());
        assertTrue(reply.html().contains("Я могу ответить, например, на такие вопросы:"), reply.html());
        List<Button> suggested = reply.buttons().stream().flatMap(List::stream)
                .filter(b -> !b.data().startsWith("/")).toList();
        assertFalse(suggested.isEmpty(), reply.html());
        for (Button button : suggested) {
            assertTrue(reply.html().contains(button.label()), button.label());
            // the button sends the question the suggestion was checked with; its answer comes in the chat's language
            Reply answer = ask(Language.RU, button.data());
            assertFalse(answer.html().startsWith("Не знаю"), button.data() + "\n" + answer.html());
        }
        assertTrue(reply.buttons().stream().flatMap(List::stream).anyMatch(b -> b.label().equals("Последние события")));
        Reply armenian = ask(Language.HY, "ինչ եղանակ է Երևանում");
        assertTrue(armenian.html().startsWith("Չգիտեմ. իմ շտեմարանում «ինչ եղանակ է Երևանում» հարցի պատասխանը չկա։"),
                armenian.html());
        assertTrue(armenian.html().contains("Կարող եմ պատասխանել, օրինակ, այսպիսի հարցերի՝"), armenian.html());
    }

    @Test
    void smallTalkIsAnsweredInTheChatsLanguage() {
        assertTrue(ask(Language.RU, "привет").html().startsWith("Здравствуйте! Я отвечаю на вопросы"));
        assertTrue(ask(Language.HY, "բարև ձեզ").html().startsWith("Բարև ձեզ։ Ես պատասխանում եմ"));
        assertTrue(ask(Language.EN, "thanks").html().startsWith("You're welcome! I answer questions"));
    }

    @Test
    void aPersonsRoleIsDatedInTheChatsLanguage() {
        String html = ask(Language.RU, "кто такой Мирзоян").html();
        assertTrue(html.startsWith("<b>Ararat Mirzoyan</b> — Foreign Minister of Armenia, по данным на "), html);
        assertTrue(html.contains(" г.\n"), html);
    }

    @Test
    void mediatorsAreCountedWithRussianPlurals() {
        String html = ask(Language.RU, "кто посредничал на переговорах в 2023 году").html();
        assertTrue(html.startsWith("<i>Хозяева встреч и посредники на встречах двух сторон за 2023 г."), html);
        assertTrue(html.matches("(?s).*— (США|ЕС|Россия); \\d+ (встреча|встречи|встреч)\n.*"), html);
        assertFalse(html.matches("(?s).*\\d+ meetings?\n.*"), html);
    }
}
