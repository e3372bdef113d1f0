package org.talksbot.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.talksbot.core.Button;
import org.talksbot.core.Photo;
import org.talksbot.core.Reply;

class EnglishContentTest {

    private static final Reply ANSWER = Reply.withPhoto(new Photo(new byte[] {1, 2}, "caption"), "<b>Answer</b>",
            List.of(List.of(new Button("More", "/latest @5"))));

    @Test
    void englishReadersAreNotTold() {
        assertEquals("", EnglishContent.notice(Messages.of(Language.EN)));
        assertSame(ANSWER, EnglishContent.addTo(ANSWER, Messages.of(Language.EN)));
    }

    @Test
    void russianAndArmenianReadersAreToldOnceAfterTheAnswerInTheirLanguage() {
        for (Language language : List.of(Language.RU, Language.HY)) {
            Messages messages = Messages.of(language);
            Reply told = EnglishContent.addTo(ANSWER, messages);
            assertEquals("<b>Answer</b>\n\n" + messages.get("common.english_notice"), told.html());
            assertEquals(ANSWER.buttons(), told.buttons());
            assertSame(ANSWER.photo(), told.photo());
        }
        assertEquals("<i>Краткие описания, источники и другие подобранные тексты — на английском языке.</i>",
                Messages.of(Language.RU).get("common.english_notice"));
    }

    @Test
    void anEmptyReplySuchAsGroupSilenceStaysEmpty() {
        Reply silence = Reply.of("");
        assertSame(silence, EnglishContent.addTo(silence, Messages.of(Language.HY)));
    }
}
