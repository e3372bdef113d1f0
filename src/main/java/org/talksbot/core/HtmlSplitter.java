package org.talksbot.core;

import java.util.ArrayList;
import java.util.List;
import org.talksbot.core.HtmlTokens.Kind;
import org.talksbot.core.HtmlTokens.Token;

/**
 * Splits Telegram-HTML into messages of at most {@code limit} characters (UTF-16 units, counting every
 * tag), at a line end where it can, else between words, else between any two characters; never inside
 * a tag, an entity or a surrogate pair. Tags open at a cut are closed before it and reopened after it,
 * so every part is valid on its own. Opening tags longer than a quarter of the limit (a link to a huge
 * URL) are dropped, keeping their text, since they could not be repeated in every part.
 */
public final class HtmlSplitter {

    public static final int TELEGRAM_LIMIT = 4096;

    private HtmlSplitter() {
    }

    public static List<String> split(String html, int limit) {
        if (html.length() <= limit) {
            return List.of(html);
        }
        return new HtmlSplitter.Parts(limit).of(HtmlTokens.of(html, limit / 4));
    }

    /** Fills one part after another; a cut goes back to the best place seen in the current part. */
    private static final class Parts {
        private final int limit;
        private final List<String> parts = new ArrayList<>();
        private StringBuilder part = new StringBuilder();
        private List<Token> open = new ArrayList<>();
        private int prefix;
        private Cut lastLineEnd;
        private Cut lastSpace;

        /** A place to cut: the part's length there, the next token, and the tags open there. */
        private record Cut(int length, int next, List<Token> open) {
        }

        Parts(int limit) {
            this.limit = limit;
        }

        List<String> of(List<Token> tokens) {
            int i = 0;
            while (i < tokens.size()) {
                Token token = tokens.get(i);
                if (token.isWhitespace() && part.length() == prefix) {
                    i++; // a part does not start with blank space
                    continue;
                }
                List<Token> after = after(open, token);
                if (part.length() > prefix && part.length() + token.length() + closing(after) > limit) {
                    i = cut(new Cut(part.length(), i, List.copyOf(open)));
                    continue;
                }
                part.append(token.text());
                open = after;
                if (token.text().equals("\n")) {
                    lastLineEnd = new Cut(part.length(), i + 1, List.copyOf(open));
                } else if (token.text().equals(" ")) {
                    lastSpace = new Cut(part.length(), i + 1, List.copyOf(open));
                }
                i++;
            }
            emit(part.length(), open);
            return parts;
        }

        /** Ends the part at the best place in it and starts the next one there; returns the token to go on from. */
        private int cut(Cut here) {
            Cut best = here;
            if (lastLineEnd != null && lastLineEnd.length() - prefix > (limit - prefix) / 4) {
                best = lastLineEnd;
            } else if (lastSpace != null && lastSpace.length() - prefix > (limit - prefix) / 2) {
                best = lastSpace;
            }
            emit(best.length(), best.open());
            open = best.open();
            part = new StringBuilder();
            open.forEach(tag -> part.append(tag.text()));
            prefix = part.length();
            lastLineEnd = null;
            lastSpace = null;
            return best.next();
        }

        private void emit(int length, List<Token> openThere) {
            String body = part.substring(0, length).stripTrailing();
            if (body.length() <= prefix) {
                return; // only reopened tags, nothing to read
            }
            StringBuilder done = new StringBuilder(body);
            for (int j = openThere.size() - 1; j >= 0; j--) {
                done.append(openThere.get(j).closing());
            }
            if (!visibleText(done).isBlank()) {
                parts.add(done.toString());
            }
        }

        private static List<Token> after(List<Token> open, Token token) {
            if (token.kind() == Kind.TEXT) {
                return open;
            }
            List<Token> next = new ArrayList<>(open);
            if (token.kind() == Kind.OPEN) {
                next.add(token);
            } else {
                next.remove(next.size() - 1);
            }
            return next;
        }

        private static int closing(List<Token> open) {
            int length = 0;
            for (Token tag : open) {
                length += tag.closing().length();
            }
            return length;
        }

        private static String visibleText(CharSequence html) {
            return html.toString().replaceAll("<[^<>]*>", "");
        }
    }
}
