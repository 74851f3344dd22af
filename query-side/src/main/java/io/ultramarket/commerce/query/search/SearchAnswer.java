package io.ultramarket.commerce.query.search;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.List;
import java.util.Map;

/**
 * What this reader takes from Elasticsearch's answer to a search (everything else in it is skipped): the total
 * and the hits' sources, the buckets of each aggregation by its name, and the options of each suggester.
 */
record SearchAnswer(Hits hits, Map<String, Aggregation> aggregations, Map<String, List<SuggestEntry>> suggest) {

    SearchAnswer {
        aggregations = aggregations == null ? Map.of() : aggregations;
        suggest = suggest == null ? Map.of() : suggest;
    }

    /** The total is absent when the search did not ask for it. */
    record Hits(Total total, List<Hit> hits) {

        Hits {
            hits = hits == null ? List.of() : hits;
        }
    }

    record Total(long value) {
    }

    record Hit(@JsonProperty("_source") IndexedProduct source) {
    }

    /** Terms buckets have a key; range buckets a key and their open or closed ends. */
    record Aggregation(List<Bucket> buckets) {

        Aggregation {
            buckets = buckets == null ? List.of() : buckets;
        }
    }

    record Bucket(String key, Double from, Double to, @JsonProperty("doc_count") long docCount) {
    }

    record SuggestEntry(List<SuggestOption> options) {

        SuggestEntry {
            options = options == null ? List.of() : options;
        }
    }

    record SuggestOption(String text, @JsonProperty("_source") IndexedProduct source) {
    }
}
