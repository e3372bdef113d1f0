package org.talksbot.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import org.junit.jupiter.api.Test;

class SecretsTest {

    private final Secrets secrets = new Secrets("4711:AAHsecretPart");

    @Test
    void theTokenAndItsSecretHalfAreMaskedEverywhereInAnErrorChain() {
        Exception error = new IllegalStateException("call failed",
                new IOException("unexpected end of stream on https://api.telegram.org/bot4711:AAHsecretPart/getMe"
                        + " (AAHsecretPart)"));

        assertEquals("IllegalStateException: call failed <- IOException: unexpected end of stream on "
                + "https://api.telegram.org/bot<token>/getMe (<token>)", secrets.describe(error));
    }
}
