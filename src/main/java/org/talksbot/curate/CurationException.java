package org.talksbot.curate;

/** A curated file that cannot be loaded; the message names the file, the item id and the field. */
public class CurationException extends RuntimeException {
    public CurationException(String message) {
        super(message);
    }
}
