package org.talksbot.i18n;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.talksbot.core.Button;
import org.talksbot.core.ChatAdmins;
import org.talksbot.core.Command;
import org.talksbot.core.Html;
import org.talksbot.core.Reply;
import org.talksbot.core.Request;
import org.talksbot.core.TextCut;

/**
 * {@code /language [en | ru | hy]}: alone, the chat's language and a button per language; with a
 * language, stores it for the chat (in a group only its admins may) and confirms in the new language.
 */
public final class LanguageCommand implements Command {

    static final String NAME = "language";
    private static final int ECHO_CHARS = 40;

    private final ChatLanguages languages;
    private final ChatAdmins chatAdmins;

    public LanguageCommand(ChatLanguages languages, ChatAdmins chatAdmins) {
        this.languages = languages;
        this.chatAdmins = chatAdmins;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String usage(Messages messages) {
        return messages.get("language.usage");
    }

    @Override
    public String description(Messages messages) {
        return messages.get("language.description");
    }

    @Override
    public Reply answer(Request request, String args) {
        Messages messages = Messages.of(request);
        if (args.isBlank()) {
            return Reply.of(messages.get("language.current", "name", messages.language().nativeName()), buttons());
        }
        // the choice is read before the admin check so a group member's typo is not answered with a refusal
        Optional<Language> chosen = Language.parse(args);
        if (chosen.isEmpty()) {
            String typed = Html.escape(TextCut.withEllipsis(args.strip(), ECHO_CHARS));
            return Reply.of(messages.get("language.unknown", "typed", typed), buttons());
        }
        if (request.isGroup() && !chatAdmins.mayManage(request)) {
            return Reply.of(messages.get("language.admins.only"));
        }
        languages.set(request.chatId(), request.isGroup(), chosen.get());
        return Reply.of(Messages.of(chosen.get()).get("language.changed"));
    }

    /** One button per language, labelled in that language; pressing one sends {@code /language <code>}. */
    static List<List<Button>> buttons() {
        return List.of(Arrays.stream(Language.values())
                .map(language -> new Button(language.nativeName(), "/" + NAME + " " + language.code()))
                .toList());
    }
}
