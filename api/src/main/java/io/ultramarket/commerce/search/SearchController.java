package io.ultramarket.commerce.search;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import io.ultramarket.commerce.limits.InputLimits;
import io.ultramarket.commerce.problem.FieldError;
import io.ultramarket.commerce.problem.InvalidParameters;
import io.ultramarket.commerce.projections.search.SearchIndexStatus;
import io.ultramarket.commerce.projections.search.SearchIndexer;
import io.ultramarket.commerce.projections.search.SearchReindex;
import io.ultramarket.commerce.query.search.ProductSearch;
import io.ultramarket.commerce.query.search.SearchResult;
import io.ultramarket.commerce.query.search.SearchUnavailable;
import io.ultramarket.commerce.query.search.Suggestion;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.util.function.SingletonSupplier;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Product search and autocomplete, answered from Elasticsearch without blocking; and the search index's
 * state for operators. Without Elasticsearch configured, each answers 503 search-not-configured.
 */
@RestController
class SearchController {

    private static final int MAX_PREFIX = 50;
    private static final int MAX_SUGGESTIONS = 20;

    // Looked up once they exist: resolving a provider walks the bean factory's candidates at every call (2 % of the
    // app's CPU per search in a profile).
    private final Supplier<ProductSearch> search;
    private final Supplier<SearchIndexer> indexer;
    private final InputLimits limits;

    SearchController(ObjectProvider<ProductSearch> search, ObjectProvider<SearchIndexer> indexer, InputLimits limits) {
        this.search = SingletonSupplier.of(search::getIfAvailable);
        this.indexer = SingletonSupplier.of(indexer::getIfAvailable);
        this.limits = limits;
    }

    /**
     * {@code GET /search?q=&category=&minPrice=&maxPrice=&inStock=&minRating=&sort=&page=&size=&attr.<name>=}: published
     * products only, 20 per page by default.
     */
    @GetMapping(path = "/search", produces = MediaType.APPLICATION_JSON_VALUE)
    Mono<SearchResult> search(@RequestParam MultiValueMap<String, String> parameters) {
        return Mono.fromSupplier(() -> SearchParameters.read(parameters, limits.maxAmountIntegerDigits()))
                .flatMap(query -> configured(search).search(query));
    }

    @GetMapping(path = "/search/suggest", produces = MediaType.APPLICATION_JSON_VALUE)
    Mono<Map<String, List<Suggestion>>> suggest(@RequestParam(required = false) String prefix,
                                                @RequestParam(required = false) Integer size) {
        List<FieldError> errors = new ArrayList<>();
        if (prefix == null || prefix.isBlank() || prefix.length() > MAX_PREFIX) {
            errors.add(new FieldError("prefix", "give 1 to " + MAX_PREFIX + " characters"));
        }
        if (size != null && (size < 1 || size > MAX_SUGGESTIONS)) {
            errors.add(new FieldError("size", "size must be 1 to " + MAX_SUGGESTIONS + ", was " + size));
        }
        if (!errors.isEmpty()) {
            return Mono.error(new InvalidParameters(errors));
        }
        return Mono.defer(() -> configured(search).suggest(prefix.strip(), size == null ? 5 : size))
                .map(suggestions -> Map.of("suggestions", suggestions));
    }

    /** Which index the alias points at, and each generation's documents, pending and indexed. */
    @GetMapping(path = "/admin/search", produces = MediaType.APPLICATION_JSON_VALUE)
    Mono<SearchIndexStatus> status() {
        return Mono.fromCallable(() -> configured(indexer).status()).subscribeOn(Schedulers.boundedElastic());
    }

    /**
     * Indexes the active generation's documents again from PostgreSQL into a new index, which the alias moves to once
     * it has every document; {@code GET /admin/search} shows how far it is (ADR 0101). Asking while one runs answers
     * that one.
     */
    @PostMapping(path = "/admin/search/reindex", produces = MediaType.APPLICATION_JSON_VALUE)
    Mono<ResponseEntity<SearchReindex>> reindex() {
        return Mono.fromCallable(this::startReindex).subscribeOn(Schedulers.boundedElastic());
    }

    private ResponseEntity<SearchReindex> startReindex() {
        SearchIndexer configured = configured(indexer);
        Optional<SearchReindex> started;
        try {
            started = configured.reindex();
        } catch (IOException | ElasticsearchException unreachable) {
            throw new SearchUnavailable(unreachable);
        }
        return started.map(reindex -> ResponseEntity.accepted().location(URI.create("/admin/search")).body(reindex))
                .orElseThrow(() -> new SearchUnavailable(new IllegalStateException("no search index yet")));
    }

    private static <T> T configured(Supplier<T> provider) {
        T available = provider.get();
        if (available == null) {
            throw new SearchNotConfigured();
        }
        return available;
    }
}
