package org.talksbot.core;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.function.ToIntFunction;

/**
 * Button data: the text an inline button sends back when pressed, read exactly as if the user had typed it
 * (a command line such as {@code /who blinken @5}); Telegram takes 1 to 64 bytes of UTF-8 and no more.
 */
public final class ButtonData {

    public static final int MAX_BYTES = 64;
    /** Ends an id cut short to a prefix only one id starts with: {@code /event 2023-03-20-a-very-long*}. */
    static final String PREFIX_MARK = "*";

    private ButtonData() {
    }

    /** Whether {@code data} can be sent as button data: 1 to 64 bytes of UTF-8. */
    public static boolean fits(String data) {
        return data != null && !data.isEmpty() && bytes(data) <= MAX_BYTES;
    }

    /** {@code command} and the arguments that are not blank, stripped, one space apart; empty if too long. */
    public static Optional<String> of(String command, String... args) {
        StringJoiner line = new StringJoiner(" ").add(command.strip());
        for (String arg : args) {
            if (arg != null && !arg.isBlank()) {
                line.add(arg.strip());
            }
        }
        return Optional.of(line.toString()).filter(ButtonData::fits);
    }

    /**
     * {@code command id}; when that is too long, {@code command PREFIX*} with the longest prefix of the id
     * that fits, provided {@code idsStartingWith} counts just one id starting with it; else empty.
     */
    public static Optional<String> ofId(String command, String id, ToIntFunction<String> idsStartingWith) {
        Optional<String> whole = of(command, id);
        if (whole.isPresent()) {
            return whole;
        }
        int room = MAX_BYTES - bytes(command.strip() + " " + PREFIX_MARK);
        if (room < 0) {
            return Optional.empty();
        }
        String prefix = longestPrefixWithin(id.strip(), room);
        return idsStartingWith.applyAsInt(prefix) == 1 ? of(command, prefix + PREFIX_MARK) : Optional.empty();
    }

    /** The prefix an id argument stands for when it is in the cut-short form ({@code PREFIX*}); empty for a whole id. */
    public static Optional<String> prefixIn(String idArgument) {
        return idArgument.endsWith(PREFIX_MARK)
                ? Optional.of(idArgument.substring(0, idArgument.length() - PREFIX_MARK.length()))
                : Optional.empty();
    }

    /** The longest beginning of {@code text} of at most {@code maxBytes} bytes that ends between two characters. */
    private static String longestPrefixWithin(String text, int maxBytes) {
        int used = 0;
        int end = 0;
        while (end < text.length()) {
            int codePoint = text.codePointAt(end);
            used += bytes(Character.toString(codePoint));
            if (used > maxBytes) {
                break;
            }
            end += Character.charCount(codePoint);
        }
        return text.substring(0, end);
    }

    private static int bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8).length;
    }
}
