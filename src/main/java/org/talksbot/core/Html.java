package org.talksbot.core;

/** Telegram-HTML helpers; every piece of dynamic text goes through {@link #escape}. */
public final class Html {

    private Html() {
    }

    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        int first = firstToEscape(text);
        if (first < 0) {
            // most text holds nothing to escape: no copy
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 16).append(text, 0, first);
        for (int i = first; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    private static int firstToEscape(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '&' || c == '<' || c == '>' || c == '"') {
                return i;
            }
        }
        return -1;
    }

    public static String bold(String text) {
        return "<b>" + escape(text) + "</b>";
    }

    public static String italic(String text) {
        return "<i>" + escape(text) + "</i>";
    }

    public static String link(String label, String url) {
        return "<a href=\"" + escape(url) + "\">" + escape(label) + "</a>";
    }

    public static String code(String text) {
        return "<code>" + escape(text) + "</code>";
    }
}
