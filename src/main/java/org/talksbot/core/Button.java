package org.talksbot.core;

import java.nio.charset.StandardCharsets;

/** An inline button: pressing it sends {@code data} back as a request; Telegram caps it at 64 bytes. */
public record Button(String label, String data) {

    public static final int MAX_DATA_BYTES = 64;

    public Button {
        if (label == null || label.isBlank()) {
            throw new IllegalArgumentException("button label is empty");
        }
        if (data == null || data.isEmpty() || data.getBytes(StandardCharsets.UTF_8).length > MAX_DATA_BYTES) {
            throw new IllegalArgumentException("button data must be 1-64 bytes: " + data);
        }
    }
}
