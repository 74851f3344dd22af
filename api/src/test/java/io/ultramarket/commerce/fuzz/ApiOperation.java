package io.ultramarket.commerce.fuzz;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** One operation of the OpenAPI document: method, path template, its path and query parameters, whether it takes a body. */
record ApiOperation(String method, String path, List<String> pathParameters, List<String> queryParameters,
                    boolean takesBody) {

    /**
     * Every operation of the document but the event streams, which never end by themselves (their limits
     * are tested in StreamAndExportCapsIT).
     */
    static List<ApiOperation> allIn(JsonNode document) {
        List<ApiOperation> operations = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            if (path.getKey().endsWith("/stream") || path.getKey().startsWith("/stream/")) {
                continue;
            }
            path.getValue().fields().forEachRemaining(operation -> {
                List<String> inPath = new ArrayList<>();
                List<String> inQuery = new ArrayList<>();
                operation.getValue().path("parameters").forEach(parameter -> {
                    String where = parameter.path("in").asText();
                    if (where.equals("path")) {
                        inPath.add(parameter.path("name").asText());
                    } else if (where.equals("query")) {
                        inQuery.add(parameter.path("name").asText());
                    }
                });
                operations.add(new ApiOperation(operation.getKey().toUpperCase(Locale.ROOT), path.getKey(), inPath,
                        inQuery, operation.getValue().has("requestBody")));
            });
        }
        return List.copyOf(operations);
    }
}
