package org.talksbot.telegram;

/** An error answer the fake Bot API gives instead of a result, shaped like Telegram's. */
public record FakeFailure(int errorCode, String description, Integer retryAfter) {

    public static FakeFailure blocked() {
        return new FakeFailure(403, "Forbidden: bot was blocked by the user", null);
    }

    public static FakeFailure chatNotFound() {
        return new FakeFailure(400, "Bad Request: chat not found", null);
    }

    public static FakeFailure tooManyRequests(int retryAfterSeconds) {
        return new FakeFailure(429, "Too Many Requests: retry after " + retryAfterSeconds, retryAfterSeconds);
    }

    public static FakeFailure serverError() {
        return new FakeFailure(500, "Internal Server Error", null);
    }

    public static FakeFailure cantParseEntities() {
        return new FakeFailure(400, "Bad Request: can't parse entities: Unsupported start tag \"x\" at byte offset 0",
                null);
    }

    public static FakeFailure badRequest(String what) {
        return new FakeFailure(400, "Bad Request: " + what, null);
    }
}
