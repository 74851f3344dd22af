package io.ultramarket.commerce.merchantwebhook;

import io.ultramarket.commerce.problem.FieldError;
import io.ultramarket.commerce.problem.InvalidParameters;
import io.ultramarket.commerce.problem.ResourceNotFound;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;

/**
 * Merchants' webhook endpoints, for admins ({@code /admin/**} is theirs alone): register one (its signing secret
 * is in this answer only), list them, read one, disable one, and read its delivery log.
 */
@RestController
@RequestMapping(path = "/admin/webhooks", produces = MediaType.APPLICATION_JSON_VALUE)
class WebhookEndpointsController {

    static final int MAX_PAGE_SIZE = 100;

    /** The answer to a registration: the endpoint, and the secret its deliveries are signed with (shown once). */
    record RegisteredEndpoint(UUID id, String url, List<String> eventTypes, String description, Instant createdAt,
                              String secret) {
    }

    private final WebhookRegistrations registrations;
    private final WebhookEndpoints endpoints;

    WebhookEndpointsController(WebhookRegistrations registrations, WebhookEndpoints endpoints) {
        this.registrations = registrations;
        this.endpoints = endpoints;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    Mono<ResponseEntity<RegisteredEndpoint>> register(@RequestBody WebhookRegistrations.Registration registration) {
        return blocking(() -> {
            WebhookRegistrations.Registered registered = registrations.register(registration);
            WebhookEndpoints.Endpoint endpoint = registered.endpoint();
            return ResponseEntity.created(URI.create("/admin/webhooks/" + endpoint.id()))
                    .body(new RegisteredEndpoint(endpoint.id(), endpoint.url(), endpoint.eventTypes(), endpoint.description(),
                            endpoint.createdAt(), registered.secret()));
        });
    }

    /** The newest endpoints first, disabled ones too ({@code disabledAt}); {@code limit} from 1 to 100. */
    @GetMapping
    Mono<List<WebhookEndpoints.Endpoint>> list(@RequestParam(defaultValue = "100") int limit) {
        if (limit < 1 || limit > MAX_PAGE_SIZE) {
            return Mono.error(new InvalidParameters(List.of(new FieldError("limit", "from 1 to " + MAX_PAGE_SIZE + ", was " + limit))));
        }
        return blocking(() -> endpoints.list(limit));
    }

    @GetMapping("/{endpointId}")
    Mono<WebhookEndpoints.Endpoint> endpoint(@PathVariable UUID endpointId) {
        return blocking(() -> endpoints.find(endpointId).orElseThrow(() -> new ResourceNotFound("webhook endpoint", endpointId)));
    }

    /** Disables the endpoint: no event from now on goes to it, and its waiting deliveries are cancelled. */
    @DeleteMapping("/{endpointId}")
    Mono<ResponseEntity<Void>> disable(@PathVariable UUID endpointId) {
        return blocking(() -> {
            endpoints.disable(endpointId).orElseThrow(() -> new ResourceNotFound("webhook endpoint", endpointId));
            return ResponseEntity.status(HttpStatus.NO_CONTENT).<Void>build();
        });
    }

    /** The endpoint's deliveries, newest events first: {@code page} from 0, {@code size} from 1 to 100. */
    @GetMapping("/{endpointId}/deliveries")
    Mono<List<WebhookEndpoints.Delivery>> deliveries(@PathVariable UUID endpointId,
                                                     @RequestParam(defaultValue = "0") int page,
                                                     @RequestParam(defaultValue = "20") int size) {
        List<FieldError> errors = new ArrayList<>();
        if (page < 0 || page > 10_000) {
            errors.add(new FieldError("page", "from 0 to 10000, was " + page));
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            errors.add(new FieldError("size", "from 1 to " + MAX_PAGE_SIZE + ", was " + size));
        }
        if (!errors.isEmpty()) {
            return Mono.error(new InvalidParameters(errors));
        }
        return blocking(() -> {
            endpoints.find(endpointId).orElseThrow(() -> new ResourceNotFound("webhook endpoint", endpointId));
            return endpoints.deliveries(endpointId, page, size);
        });
    }

    private static <T> Mono<T> blocking(Callable<T> work) {
        return Mono.fromCallable(work).subscribeOn(Schedulers.boundedElastic());
    }
}
