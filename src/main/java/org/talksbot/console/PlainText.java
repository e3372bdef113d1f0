package org.talksbot.console;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Renders Telegram-HTML as plain text: tags dropped, entities decoded, a link shown as
 * {@code label <url>} so the address is never lost.
 */
public final class PlainText {

    private static final Pattern LINK = Pattern.compile(
            "<a\\s[^>]*?href\\s*=\\s*[\"']([^\"']*)[\"'][^>]*>(.*?)</a\\s*>",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern BREAK = Pattern.compile("<br\\s*/?>", Pattern.CASE_INSENSITIVE);
    private static final Pattern TAG = Pattern.compile("</?[a-zA-Z][^<>]*>");
    private static final Pattern ENTITY = Pattern.compile("&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]+);");
    private static final Map<String, String> NAMED = Map.of("amp", "&", "lt", "<", "gt", ">", "quot", "\"",
            "apos", "'", "nbsp", " ");

    private PlainText() {
    }

    public static String of(String html) {
        if (html == null || html.isEmpty()) {
            return "";
        }
        String text = BREAK.matcher(html).replaceAll("\n");
        text = replace(LINK.matcher(text), PlainText::link);
        text = TAG.matcher(text).replaceAll("");
        return replace(ENTITY.matcher(text), m -> decode(m.group(1), m.group()));
    }

    /** Label and address stay entity-encoded here: everything is decoded once, at the end. */
    private static String link(Matcher m) {
        String url = m.group(1);
        String label = TAG.matcher(m.group(2)).replaceAll("").strip();
        if (label.isEmpty() || decodeAll(label).equals(decodeAll(url))) {
            return url;
        }
        return label + " &lt;" + url + "&gt;";
    }

    private static String decodeAll(String text) {
        return replace(ENTITY.matcher(text), m -> decode(m.group(1), m.group()));
    }

    private static String decode(String name, String original) {
        if (name.startsWith("#")) {
            boolean hex = name.length() > 1 && (name.charAt(1) == 'x' || name.charAt(1) == 'X');
            int codePoint = Integer.parseInt(name.substring(hex ? 2 : 1), hex ? 16 : 10);
            return Character.isValidCodePoint(codePoint) ? new String(Character.toChars(codePoint)) : original;
        }
        return NAMED.getOrDefault(name.toLowerCase(), original);
    }

    private static String replace(Matcher matcher, java.util.function.Function<Matcher, String> replacement) {
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(out, Matcher.quoteReplacement(replacement.apply(matcher)));
        }
        matcher.appendTail(out);
        return out.toString();
    }
}
