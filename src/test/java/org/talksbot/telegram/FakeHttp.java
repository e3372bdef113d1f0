package org.talksbot.telegram;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;

/** The Bot API's envelope for the fake server: {@code {"ok":true,"result":...}} or an error with its HTTP status. */
final class FakeHttp {

    private FakeHttp() {
    }

    static ObjectNode ok(JsonNode result) {
        ObjectNode response = FakeUpdates.JSON.createObjectNode().put("ok", true);
        response.set("result", result);
        return response;
    }

    static ObjectNode error(FakeFailure failure) {
        ObjectNode response = FakeUpdates.JSON.createObjectNode().put("ok", false)
                .put("error_code", failure.errorCode()).put("description", failure.description());
        if (failure.retryAfter() != null) {
            response.putObject("parameters").put("retry_after", failure.retryAfter());
        }
        return response;
    }

    /** A JSON body, or a multipart upload read into JSON ({@link FakeMultipart}). */
    static JsonNode readBody(HttpExchange exchange) throws IOException {
        byte[] bytes = exchange.getRequestBody().readAllBytes();
        String contentType = exchange.getRequestHeaders().getFirst("Content-Type");
        if (FakeMultipart.is(contentType)) {
            return FakeMultipart.read(contentType, bytes);
        }
        return bytes.length == 0 ? FakeUpdates.JSON.createObjectNode() : FakeUpdates.JSON.readTree(bytes);
    }

    static void respond(HttpExchange exchange, ObjectNode response) throws IOException {
        byte[] bytes = FakeUpdates.JSON.writeValueAsBytes(response);
        int status = response.path("ok").asBoolean() ? 200 : response.path("error_code").asInt(500);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
