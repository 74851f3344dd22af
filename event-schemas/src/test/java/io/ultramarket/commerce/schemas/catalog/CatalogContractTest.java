package io.ultramarket.commerce.schemas.catalog;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.ultramarket.commerce.schemas.common.Money;
import io.ultramarket.commerce.schemas.common.Sku;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CatalogContractTest {

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void aCategoryPathNamesItselfAndItsAncestorsRootFirst() {
        assertThat(CategoryPath.of("apparel/shoes/running").withAncestors())
                .containsExactly("apparel", "apparel/shoes", "apparel/shoes/running");
        assertThat(CategoryPath.of("toys").withAncestors()).containsExactly("toys");
    }

    @Test
    void aCategoryPathRefusesWhatIsNotAPath() {
        for (String bad : List.of("", "Apparel", "apparel//shoes", "/apparel", "apparel/", "a b")) {
            assertThatThrownBy(() -> CategoryPath.of(bad)).as(bad).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void variantAttributesAreSortedByNameAndMustNotBeBlank() {
        var variant = new ProductVariant(new Sku("SHOE-42"), Money.of("59.90", "EUR"),
                Map.of("size", "42", "colour", "blue"));
        assertThat(variant.attributes().keySet()).containsExactly("colour", "size");
        assertThatThrownBy(() -> new ProductVariant(new Sku("SHOE-42"), Money.of("59.90", "EUR"), Map.of("size", " ")))
                .hasMessageContaining("attribute 'size' of SHOE-42");
    }

    @Test
    void productCreatedTravelsWithPlainValuesAndComesBackEqual() throws Exception {
        var event = new ProductCreated(UUID.fromString("00000000-0000-0000-0000-000000000007"), "Trail runner",
                "Light shoe", CategoryPath.of("apparel/shoes"),
                List.of(new ProductVariant(new Sku("SHOE-42"), Money.of("59.90", "EUR"), Map.of("size", "42"))), null);
        String text = json.writeValueAsString(event);
        assertThat(text).contains("\"category\":\"apparel/shoes\"")
                .contains("{\"sku\":\"SHOE-42\",\"price\":{\"amount\":\"59.90\",\"currency\":\"EUR\"},\"attributes\":{\"size\":\"42\"}}");
        assertThat(json.readValue(text, ProductCreated.class)).isEqualTo(event);
    }
}
