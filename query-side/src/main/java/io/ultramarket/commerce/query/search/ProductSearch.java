package io.ultramarket.commerce.query.search;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOptions;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.aggregations.AggregationRange;
import co.elastic.clients.elasticsearch._types.query_dsl.Operator;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.json.JsonpMapper;
import co.elastic.clients.json.JsonpSerializable;
import co.elastic.clients.util.ObjectBuilder;
import io.ultramarket.commerce.query.search.SearchResult.Facets;
import io.ultramarket.commerce.query.search.SearchResult.PriceBucket;
import io.ultramarket.commerce.query.search.SearchResult.ValueCount;
import io.ultramarket.commerce.schemas.common.IsoCurrency;
import io.ultramarket.commerce.schemas.common.Money;
import jakarta.json.stream.JsonGenerator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Searches the product index. The request is built with the Elasticsearch client's query model and sent by
 * {@link ElasticsearchReads} on the caller's event loop; its answer is read into this reader's own few records
 * ({@link SearchAnswer}) and mapped on the same thread (ADR 0102). Any failure of Elasticsearch (down, no index
 * yet, a refusal) becomes {@link SearchUnavailable}.
 */
public class ProductSearch {

    private static final Logger log = LoggerFactory.getLogger(ProductSearch.class);
    private static final int MAX_FACET_VALUES = 50;
    private static final int MAX_ATTRIBUTE_PAIRS = 200;
    private static final int REQUEST_BYTES = 1024;

    private final ElasticsearchReads elasticsearch;
    private final JsonpMapper requests;
    private final String searchPath;
    private final String suggestPath;
    private final List<BigDecimal> priceBucketBounds;

    /**
     * @param requests          writes the query model's requests as JSON
     * @param alias             the alias the indexer maintains
     * @param priceBucketBounds ascending bounds of the price facet: {25, 50} gives below 25, 25 to 50, 50 and more
     * @param requestCache      whether a search asks the shard request cache for its whole answer, hits included
     *                          (Elasticsearch caches only answers without hits unless asked); a refresh that
     *                          changed the index empties it, so a cached answer is as fresh as an uncached one
     */
    public ProductSearch(ElasticsearchReads elasticsearch, JsonpMapper requests, String alias,
                         List<BigDecimal> priceBucketBounds, boolean requestCache) {
        this.elasticsearch = elasticsearch;
        this.requests = requests;
        this.searchPath = "/" + alias + "/_search?request_cache=" + requestCache;
        this.suggestPath = "/" + alias + "/_search";
        this.priceBucketBounds = List.copyOf(priceBucketBounds);
    }

    public Mono<SearchResult> search(SearchQuery query) {
        return call(searchPath, () -> SearchRequest.of(search -> search
                        // The whole source, unfiltered: a document is small, and filtering makes Elasticsearch parse
                        // and write each hit's source again (15 % of its CPU per search); the reader skips what it
                        // does not take.
                        .query(filtered(query))
                        .from(query.page() * query.size())
                        .size(query.size())
                        .sort(sortOf(query.sort()))
                        .trackTotalHits(total -> total.enabled(true))
                        .aggregations("categories", aggregation -> aggregation.terms(terms -> terms.field("categories").size(MAX_FACET_VALUES)))
                        .aggregations("attributes", aggregation -> aggregation.terms(terms -> terms.field("attributes").size(MAX_ATTRIBUTE_PAIRS)))
                        .aggregations("prices", aggregation -> aggregation.range(range -> range.field("priceMin").ranges(priceRanges())))))
                .map(answer -> new SearchResult(answer.total(), query.page(), query.size(),
                        answer.sources().stream().map(ProductSearch::hitOf).toList(), facetsOf(answer)));
    }

    /** Up to {@code size} names of published products that start with {@code prefix} (at a word start). */
    public Mono<List<Suggestion>> suggest(String prefix, int size) {
        return call(suggestPath, () -> SearchRequest.of(search -> search.size(0)
                        .source(source -> source.filter(filter -> filter.includes("productId", "name")))
                        .suggest(suggest -> suggest.suggesters("names", suggester -> suggester.prefix(prefix)
                                .completion(completion -> completion.field("suggest").size(size))))))
                .map(answer -> answer.suggest().getOrDefault("names", List.of()).stream()
                        .flatMap(entry -> entry.options().stream())
                        .filter(option -> option.source() != null)
                        .map(option -> new Suggestion(option.text(), option.source().productId(), option.source().name()))
                        // One proposal per product, even when several words of its name start with the prefix.
                        .collect(Collectors.toMap(Suggestion::productId, suggestion -> suggestion,
                                (first, later) -> first, LinkedHashMap::new))
                        .values().stream().toList());
    }

    /** Builds and sends the request lazily; whatever fails on the way to an answer makes the search unavailable. */
    private Mono<SearchAnswer> call(String path, Supplier<SearchRequest> request) {
        return Mono.fromSupplier(() -> bodyOf(request.get()))
                .flatMap(body -> elasticsearch.post(path, body, SearchAnswer.class))
                .onErrorMap(failure -> {
                    log.warn("Search failed: {}", failure.toString());
                    return new SearchUnavailable(failure);
                });
    }

    private byte[] bodyOf(JsonpSerializable request) {
        ByteArrayOutputStream body = new ByteArrayOutputStream(REQUEST_BYTES);
        try (JsonGenerator generator = requests.jsonProvider().createGenerator(body)) {
            request.serialize(generator, requests);
        }
        return body.toByteArray();
    }

    private static Query filtered(SearchQuery query) {
        return Query.of(root -> root.bool(bool -> {
            bool.filter(term("published", FieldValue.of(true)));
            if (query.text() != null) {
                bool.must(must -> must.multiMatch(match -> match.query(query.text())
                        .fields("name^3", "description", "attributes")
                        // Typos past the first letter: the first letter cuts the terms each fuzzy word expands to.
                        .fuzziness("AUTO").prefixLength(1).maxExpansions(20).operator(Operator.And)));
            }
            if (query.category() != null) {
                bool.filter(term("categories", FieldValue.of(query.category())));
            }
            // A product's variants span [priceMin, priceMax]: it matches when that span meets the asked range.
            if (query.minPrice() != null) {
                bool.filter(filter -> filter.range(range -> range.number(number -> number.field("priceMax")
                        .gte(query.minPrice().doubleValue()))));
            }
            if (query.maxPrice() != null) {
                bool.filter(filter -> filter.range(range -> range.number(number -> number.field("priceMin")
                        .lte(query.maxPrice().doubleValue()))));
            }
            if (query.minRating() != null) {
                bool.filter(filter -> filter.range(range -> range.number(number -> number.field("rating")
                        .gte(query.minRating().doubleValue()))));
            }
            if (query.inStockOnly()) {
                bool.filter(term("inStock", FieldValue.of(true)));
            }
            query.attributes().forEach((name, values) -> bool.filter(filter -> filter.terms(terms -> terms.field("attributes")
                    .terms(list -> list.value(values.stream().map(value -> FieldValue.of(name + "=" + value)).toList())))));
            return bool;
        }));
    }

    private static Function<Query.Builder, ObjectBuilder<Query>> term(String field, FieldValue value) {
        return filter -> filter.term(term -> term.field(field).value(value));
    }

    private static List<SortOptions> sortOf(SearchSort sort) {
        List<SortOptions> order = new ArrayList<>();
        switch (sort) {
            case RELEVANCE -> order.add(SortOptions.of(by -> by.score(score -> score.order(SortOrder.Desc))));
            case PRICE_ASC -> order.add(field("priceMin", SortOrder.Asc));
            case PRICE_DESC -> order.add(field("priceMin", SortOrder.Desc));
            case NEWEST -> { }
            case RATING -> {
                order.add(SortOptions.of(by -> by.field(field -> field.field("rating").order(SortOrder.Desc).missing("_last"))));
                order.add(field("reviewCount", SortOrder.Desc));
            }
        }
        order.add(field("createdAt", SortOrder.Desc));
        // A unique last key: pages do not overlap or skip products that tie on everything else.
        order.add(field("productId", SortOrder.Asc));
        return order;
    }

    private static SortOptions field(String name, SortOrder order) {
        return SortOptions.of(by -> by.field(field -> field.field(name).order(order)));
    }

    private List<AggregationRange> priceRanges() {
        List<AggregationRange> ranges = new ArrayList<>();
        Double from = null;
        for (BigDecimal bound : priceBucketBounds) {
            Double lower = from;
            ranges.add(AggregationRange.of(range -> range.from(lower).to(bound.doubleValue())));
            from = bound.doubleValue();
        }
        Double lower = from;
        ranges.add(AggregationRange.of(range -> range.from(lower)));
        return ranges;
    }

    private static SearchResult.Hit hitOf(IndexedProduct product) {
        Currency currency = IsoCurrency.parse(product.currency());
        Map<String, List<String>> attributes = new TreeMap<>();
        for (String pair : product.attributes()) {
            int equals = pair.indexOf('=');
            attributes.computeIfAbsent(pair.substring(0, equals), name -> new ArrayList<>()).add(pair.substring(equals + 1));
        }
        return new SearchResult.Hit(product.productId(), product.name(), product.description(), product.category(),
                money(product.priceMin(), currency), money(product.priceMax(), currency), product.inStock(), attributes,
                product.rating(), product.reviewCount());
    }

    private static Money money(BigDecimal amount, Currency currency) {
        return new Money(amount.setScale(Math.max(currency.getDefaultFractionDigits(), 0), RoundingMode.HALF_UP), currency);
    }

    private static Facets facetsOf(SearchAnswer answer) {
        List<ValueCount> categories = answer.buckets("categories").stream()
                .map(bucket -> new ValueCount(bucket.key(), bucket.docCount())).toList();
        Map<String, List<ValueCount>> attributes = new LinkedHashMap<>();
        answer.buckets("attributes").forEach(bucket -> {
            String pair = bucket.key();
            int equals = pair.indexOf('=');
            attributes.computeIfAbsent(pair.substring(0, equals), name -> new ArrayList<>())
                    .add(new ValueCount(pair.substring(equals + 1), bucket.docCount()));
        });
        List<PriceBucket> prices = answer.buckets("prices").stream()
                .map(bucket -> new PriceBucket(bucket.from(), bucket.to(), bucket.docCount())).toList();
        return new Facets(categories, prices, attributes);
    }
}

