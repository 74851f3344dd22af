package io.ultramarket.commerce.query.search;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What this reader takes from Elasticsearch's answer to a search (everything else in it is skipped): the total
 * and the hits' sources, the buckets of each aggregation by its name, and the options of each suggester. Each record
 * ignores what it does not name: Jackson then skips those values instead of copying them aside for a creator (a
 * record's constructor), which was nearly a fifth of what a search allocated.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record SearchAnswer(Hits hits, Map<String, Aggregation> aggregations, Map<String, List<SuggestEntry>> suggest) {

    SearchAnswer {
        aggregations = aggregations == null ? Map.of() : aggregations;
        suggest = suggest == null ? Map.of() : suggest;
    }

    /** Every match's count, 0 when the answer has none. */
    long total() {
        return hits == null || hits.total() == null ? 0 : hits.total().value();
    }

    /** The page's documents, in the answer's order. */
    List<IndexedProduct> sources() {
        return hits == null ? List.of() : hits.hits().stream().map(Hit::source).filter(Objects::nonNull).toList();
    }

    /** The buckets of the aggregation so named, none when the answer lacks it. */
    List<Bucket> buckets(String aggregation) {
        Aggregation named = aggregations.get(aggregation);
        return named == null ? List.of() : named.buckets();
    }

    /** The total is absent when the search did not ask for it. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Hits(Total total, List<Hit> hits) {

        Hits {
            hits = hits == null ? List.of() : hits;
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Total(long value) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Hit(@JsonProperty("_source") IndexedProduct source) {
    }

    /** Terms buckets have a key; range buckets a key and their open or closed ends. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Aggregation(List<Bucket> buckets) {

        Aggregation {
            buckets = buckets == null ? List.of() : buckets;
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Bucket(String key, Double from, Double to, @JsonProperty("doc_count") long docCount) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record SuggestEntry(List<SuggestOption> options) {

        SuggestEntry {
            options = options == null ? List.of() : options;
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record SuggestOption(String text, @JsonProperty("_source") IndexedProduct source) {
    }
}
