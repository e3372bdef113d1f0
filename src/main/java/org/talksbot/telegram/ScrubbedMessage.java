package org.talksbot.telegram;

import ch.qos.logback.classic.pattern.MessageConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;

/** {@code %msg} without the bot token (see {@link LogScrub}); used by LogSetup. */
public final class ScrubbedMessage extends MessageConverter {

    @Override
    public String convert(ILoggingEvent event) {
        return LogScrub.scrub(super.convert(event));
    }
}
