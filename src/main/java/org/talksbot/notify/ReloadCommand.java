package org.talksbot.notify;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.talksbot.core.Command;
import org.talksbot.core.Html;
import org.talksbot.core.Reply;
import org.talksbot.core.Request;
import org.talksbot.i18n.Language;
import org.talksbot.i18n.Messages;

/** {@code /reload} (operators only): import the curated data now and notify subscribers of what is new. */
public final class ReloadCommand implements Command {

    private static final Logger log = LoggerFactory.getLogger(ReloadCommand.class);

    private final Admins admins;
    private final DataReload reload;

    public ReloadCommand(Admins admins, DataReload reload) {
        this.admins = admins;
        this.reload = reload;
    }

    @Override
    public String name() {
        return "reload";
    }

    @Override
    public String usage(Messages messages) {
        return "/reload";
    }

    @Override
    public String description(Messages messages) {
        return messages.get("notify.reload.description");
    }

    @Override
    public boolean inMenu() {
        return false;
    }

    @Override
    public boolean operatorsOnly() {
        return true;
    }

    @Override
    public Reply answer(Request request, String args) {
        Messages m = Messages.of(request);
        if (!admins.include(request)) {
            return Admins.refusal(m);
        }
        try {
            return Reply.of(m.get("notify.reload.done", "summary", Html.escape(reload.reload())));
        } catch (RuntimeException e) {
            log.warn("reload failed", e);
            return Reply.of(m.get("notify.reload.failed", "error", Html.escape(String.valueOf(e.getMessage()))));
        }
    }
}
