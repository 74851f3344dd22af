package io.ultramarket.commerce.fuzz;

import java.util.Map;

/**
 * One generated request: an operation of the OpenAPI document with hostile values in its path, query,
 * headers and body, sent as one of the personas. {@code correlationId} ties it to any event it stores.
 */
record FuzzRequest(String method, String pathTemplate, Map<String, String> pathValues, String query,
                   Map<String, String> headers, String body, String user, String correlationId) {

    @Override
    public String toString() {
        return method + " " + pathTemplate + " " + pathValues + (query.isEmpty() ? "" : " ?" + query)
                + " as '" + user + "' headers " + headers + (body == null ? "" : " body "
                + (body.length() > 300 ? body.substring(0, 300) + "...(" + body.length() + " chars)" : body));
    }
}
