package io.ultramarket.commerce.web;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.reactive.result.method.RequestMappingInfo;
import org.springframework.web.reactive.result.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.server.ResponseStatusException;

import java.lang.reflect.Method;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** The path-first mapping picks the same handler, or fails with the same status, as Spring's own. */
class PathFirstRoutingTest {

    private final RequestMappingHandlerMapping spring = routes(new RequestMappingHandlerMapping());
    private final RequestMappingHandlerMapping pathFirst = routes(new PathFirstRouting.PathFirstRequestMappingHandlerMapping());

    @ParameterizedTest(name = "{0} {1} ({2}) -> {4}")
    @CsvSource({
            "POST,   /carts/7/items,        application/json, application/json, addItem",
            "PATCH,  /carts/7/items/SKU-1,  application/json, application/json, changeQuantity",
            "DELETE, /carts/7/items/SKU-1,  ,                 application/json, removeItem",
            "GET,    /carts/7,              ,                 application/json, cart",
            "GET,    /carts/7/events,       ,                 text/event-stream, events",
            "GET,    /carts/7/events,       ,                 application/json, 406",
            "PUT,    /carts/7/items,        application/json, application/json, 405",
            "POST,   /carts/7/items,        text/plain,       application/json, 415",
            "GET,    /nowhere/7,            ,                 application/json, 404",
    })
    void answersLikeSpringsOwnMapping(String method, String path, String contentType, String accept, String expected) {
        assertThat(outcome(pathFirst, method, path, contentType, accept))
                .isEqualTo(outcome(spring, method, path, contentType, accept))
                .isEqualTo(expected);
    }

    private static String outcome(RequestMappingHandlerMapping mapping, String method, String path, String contentType,
                                  String accept) {
        MockServerHttpRequest.BodyBuilder request = MockServerHttpRequest.method(HttpMethod.valueOf(method), path)
                .header(HttpHeaders.ACCEPT, accept);
        if (contentType != null) {
            request.contentType(MediaType.parseMediaType(contentType));
        }
        try {
            Object handler = mapping.getHandler(MockServerWebExchange.from(request)).block(Duration.ofSeconds(5));
            return handler == null ? "404" : ((HandlerMethod) handler).getMethod().getName();
        } catch (ResponseStatusException refused) {
            return Integer.toString(refused.getStatusCode().value());
        }
    }

    private static RequestMappingHandlerMapping routes(RequestMappingHandlerMapping mapping) {
        Carts carts = new Carts();
        register(mapping, carts, "cart", RequestMethod.GET, "/carts/{cartId}", null, null);
        register(mapping, carts, "addItem", RequestMethod.POST, "/carts/{cartId}/items", MediaType.APPLICATION_JSON_VALUE, null);
        register(mapping, carts, "changeQuantity", RequestMethod.PATCH, "/carts/{cartId}/items/{sku}", MediaType.APPLICATION_JSON_VALUE, null);
        register(mapping, carts, "removeItem", RequestMethod.DELETE, "/carts/{cartId}/items/{sku}", null, null);
        register(mapping, carts, "events", RequestMethod.GET, "/carts/{cartId}/events", null, MediaType.TEXT_EVENT_STREAM_VALUE);
        return mapping;
    }

    private static void register(RequestMappingHandlerMapping mapping, Object handler, String name, RequestMethod method,
                                 String path, String consumes, String produces) {
        RequestMappingInfo.Builder info = RequestMappingInfo.paths(path).methods(method);
        if (consumes != null) {
            info.consumes(consumes);
        }
        if (produces != null) {
            info.produces(produces);
        }
        Method target = java.util.Arrays.stream(Carts.class.getDeclaredMethods())
                .filter(candidate -> candidate.getName().equals(name)).findFirst().orElseThrow();
        mapping.registerMapping(info.build(), handler, target);
    }

    /** Handlers whose names the test reads back; never called. */
    @SuppressWarnings("unused")
    static final class Carts {
        void cart() { }
        void addItem() { }
        void changeQuantity() { }
        void removeItem() { }
        void events() { }
    }
}
