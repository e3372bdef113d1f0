package org.talksbot.core;

/** An inline button: pressing it sends {@code data} back as a request; see {@link ButtonData} for what fits. */
public record Button(String label, String data) {

    public Button {
        if (label == null || label.isBlank()) {
            throw new IllegalArgumentException("button label is empty");
        }
        if (!ButtonData.fits(data)) {
            throw new IllegalArgumentException("button data must be 1-" + ButtonData.MAX_BYTES + " bytes: " + data);
        }
    }
}
