package org.talksbot.telegram;

import java.awt.Dimension;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.Optional;
import javax.imageio.ImageIO;

/** What the fake Bot API reads from an uploaded image: its type from its first bytes, and its size. */
final class FakePhotos {

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};

    private FakePhotos() {
    }

    /** The image's media type by its signature, as Telegram tells it; empty for anything else. */
    static Optional<String> sniff(byte[] bytes) {
        if (startsWith(bytes, PNG)) {
            return Optional.of("image/png");
        }
        return startsWith(bytes, JPEG) ? Optional.of("image/jpeg") : Optional.empty();
    }

    /** Width and height, or null when the bytes do not decode. */
    static Dimension dimensions(byte[] bytes) {
        try {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(bytes));
            return image == null ? null : new Dimension(image.getWidth(), image.getHeight());
        } catch (IOException e) {
            return null;
        }
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        return bytes.length >= prefix.length && Arrays.equals(Arrays.copyOf(bytes, prefix.length), prefix);
    }
}
