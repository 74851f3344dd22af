package io.ultramarket.commerce.load;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class StockCatalogTest {

    @Test
    void theClientsShareTheCatalogWithoutOverlap() {
        List<String> all = new ArrayList<>();
        for (int client = 0; client < 16; client++) {
            List<String> share = StockCatalog.registeredBy(client, 16);
            assertThat(StockCatalog.bookedBy(client, 16)).isEqualTo(share);
            all.addAll(share);
        }

        List<String> catalog = IntStream.range(0, StockCatalog.SKU_COUNT).mapToObj(StockCatalog::sku).toList();
        assertThat(all).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(catalog);
        assertThat(StockCatalog.registeredBy(3, 16)).startsWith("LOAD-STOCK-003", "LOAD-STOCK-019", "LOAD-STOCK-035");
    }

    @Test
    void clientsBeyondTheCatalogRegisterNothingAndShareASku() {
        assertThat(StockCatalog.registeredBy(199, 256)).containsExactly("LOAD-STOCK-199");
        assertThat(StockCatalog.registeredBy(200, 256)).isEmpty();
        assertThat(StockCatalog.bookedBy(200, 256)).containsExactly("LOAD-STOCK-000");
        assertThat(StockCatalog.bookedBy(0, 1)).hasSize(StockCatalog.SKU_COUNT);
    }

    @Test
    void skusFitTheAppsShape() {
        assertThat(StockCatalog.sku(7)).isEqualTo("LOAD-STOCK-007");
        assertThat(StockCatalog.sku(StockCatalog.SKU_COUNT + 1)).isEqualTo("LOAD-STOCK-001");
        assertThat(StockCatalog.sku(0)).matches("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");
    }
}
