package org.talksbot.telegram;

import ch.qos.logback.classic.pattern.ThrowableProxyConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;

/** {@code %ex} without the bot token (see {@link LogScrub}); used by LogSetup. */
public final class ScrubbedThrowable extends ThrowableProxyConverter {

    @Override
    public String convert(ILoggingEvent event) {
        return LogScrub.scrub(super.convert(event));
    }
}
