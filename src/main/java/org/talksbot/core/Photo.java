package org.talksbot.core;

import java.util.Arrays;

/**
 * An image sent with a reply: PNG bytes and a Telegram-HTML caption. Telegram allows at most 1,024
 * characters of caption; the caption is kept within that as HTML, so its visible text is too.
 */
public record Photo(byte[] png, String caption) {

    public static final int MAX_CAPTION = 1024;

    public Photo {
        if (png == null || png.length == 0) {
            throw new IllegalArgumentException("a photo needs image bytes");
        }
        caption = caption == null ? "" : caption;
        if (caption.length() > MAX_CAPTION) {
            throw new IllegalArgumentException("caption is " + caption.length() + " characters, Telegram allows "
                    + MAX_CAPTION);
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Photo photo && Arrays.equals(png, photo.png) && caption.equals(photo.caption);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(png) + caption.hashCode();
    }

    @Override
    public String toString() {
        return "Photo[" + png.length + " bytes, caption=" + caption + "]";
    }
}
