package org.talksbot.telegram;

/** Keeps the bot token out of anything we log or pass on: exception texts may carry request URLs. */
final class Secrets {

    private final String token;

    Secrets(String token) {
        this.token = token;
    }

    boolean isFor(String candidate) {
        return token.equals(candidate);
    }

    String scrub(String text) {
        if (text == null) {
            return "";
        }
        String scrubbed = text.replace(token, "<token>");
        int colon = token.indexOf(':');
        // the secret half alone is just as sensitive as the whole token
        boolean hasSecretHalf = colon > 0 && colon < token.length() - 1;
        return hasSecretHalf ? scrubbed.replace(token.substring(colon + 1), "<token>") : scrubbed;
    }

    /** The exception and its causes, one line, token removed: safe for a log line. */
    String describe(Throwable error) {
        StringBuilder out = new StringBuilder();
        for (Throwable t = error; t != null && out.length() < 1000; t = t.getCause()) {
            if (out.length() > 0) {
                out.append(" <- ");
            }
            out.append(t.getClass().getSimpleName()).append(": ").append(t.getMessage());
        }
        return scrub(out.toString());
    }
}
