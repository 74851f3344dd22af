package io.ultramarket.commerce.query.search;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.List;
import java.util.Map;

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
