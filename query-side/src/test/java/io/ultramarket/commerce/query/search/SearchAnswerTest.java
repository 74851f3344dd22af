package io.ultramarket.commerce.query.search;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

/** What the search reader takes from Elasticsearch's answer, read as {@link ElasticsearchReads} reads it. */
class SearchAnswerTest {

    private static final JsonMapper READER = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    @Test
    void pricesAreTheSourcesDecimalsAsWritten() throws IOException {
        SearchAnswer answer = read("""
                {"took": 3, "hits": {"total": {"value": 2, "relation": "eq"}, "hits": [
                  {"_id": "a", "_source": {"productId": "6f1c1b0e-43c1-4ec4-8f3a-2f0f7a6a3c11", "name": "Lamp",
                   "priceMin": 19.99, "priceMax": 1234567890.13, "currency": "EUR", "attributes": ["colour=red"],
                   "skus": ["L-1"]}, "sort": [1]},
                  {"_id": "b", "_source": {"productId": "0d3f6a52-8a7e-4d2b-9d55-0c2c6f7f3a10", "name": "No price yet",
                   "currency": "EUR", "attributes": []}}]}}
                """);

        assertThat(answer.total()).isEqualTo(2);
        IndexedProduct lamp = answer.sources().get(0);
        assertThat(lamp.priceMin()).isEqualByComparingTo("19.99");
        // More digits than a double carries exactly.
        assertThat(lamp.priceMax()).isEqualTo(new BigDecimal("1234567890.13"));
        IndexedProduct unpriced = answer.sources().get(1);
        assertThat(unpriced.priceMin()).isZero();
        assertThat(unpriced.priceMax()).isZero();
    }

    private static SearchAnswer read(String json) throws IOException {
        return READER.readValue(json, SearchAnswer.class);
    }
}
