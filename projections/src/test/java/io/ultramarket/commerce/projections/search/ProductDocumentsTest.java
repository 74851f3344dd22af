package io.ultramarket.commerce.projections.search;

import io.ultramarket.commerce.projections.columns.JsonColumns;
import io.ultramarket.commerce.schemas.catalog.CategoryPath;
import io.ultramarket.commerce.schemas.catalog.ProductCreated;
import io.ultramarket.commerce.schemas.catalog.ProductPublished;
import io.ultramarket.commerce.schemas.catalog.ProductVariant;
import io.ultramarket.commerce.schemas.catalog.ProductVariantPriceChanged;
import io.ultramarket.commerce.schemas.common.Money;
import io.ultramarket.commerce.schemas.common.Sku;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.PreparedStatementCreator;
import org.springframework.jdbc.core.RowCallbackHandler;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Held product documents are written once each, with a revision per change, and a SKU that another product takes
 * over has what is held written first, while the SKU is still where it was. The store here has no documents and
 * no listings; it records what it is sent.
 */
class ProductDocumentsTest {

    private static final Instant AT = Instant.parse("2026-12-05T10:00:00Z");
    private static final UUID FIRST = UUID.fromString("00000000-0000-0000-0000-0000000000a1");
    private static final UUID SECOND = UUID.fromString("00000000-0000-0000-0000-0000000000b2");

    private final RecordingJdbc jdbc = new RecordingJdbc();
    private final ProductDocuments documents = new ProductDocuments(jdbc, new JsonColumns(), "docs", "skus",
            product -> "available(" + product + ")");

    @Test
    void aDocumentChangedSeveralTimesIsWrittenOnceWithARevisionPerChange() {
        documents.create(created(FIRST, "S-1"), 0, AT);
        documents.change(new ProductPublished(FIRST), 1, AT.plusSeconds(1));
        documents.change(new ProductVariantPriceChanged(FIRST, Sku.of("S-1"), Money.of("10.00", "EUR"), Money.of("8.00", "EUR")),
                2, AT.plusSeconds(2));
        documents.change(new ProductPublished(FIRST), 1, AT.plusSeconds(3));
        assertThat(jdbc.sent()).as("only looked up").containsOnly("lookup");

        documents.write(jdbc);

        assertThat(jdbc.sent()).containsExactly("lookup", "batch skus [S-1, " + FIRST + "]", "batch docs insert");
        Object[] inserted = jdbc.rows.get(2).get(0);
        assertThat(inserted[3]).as("product version: the old event changed nothing").isEqualTo(2L);
        assertThat(inserted[4]).as("revision").isEqualTo(3);
        assertThat(inserted[1].toString()).contains("8.00").contains("\"published\":true");
        documents.write(jdbc);
        assertThat(jdbc.sent()).as("nothing written twice").hasSize(3);
    }

    @Test
    void aSkuTakenOverByAnotherProductHasTheHeldDocumentsWrittenFirst() {
        documents.create(created(FIRST, "S-1"), 0, AT);
        documents.create(created(SECOND, "S-1"), 0, AT.plusSeconds(1));
        documents.write(jdbc);

        assertThat(jdbc.sent()).containsExactly("lookup",
                "batch skus [S-1, " + FIRST + "]", "batch docs insert",
                "lookup", "batch skus [S-1, " + SECOND + "]", "batch docs insert");
        assertThat(jdbc.rows.get(2).get(0)[0]).isEqualTo(FIRST);
        assertThat(jdbc.rows.get(5).get(0)[0]).isEqualTo(SECOND);
    }

    @Test
    void aSkuIsKnownAsListedOnceListedInTheBatchAndLookedUpOnceOtherwise() {
        documents.create(created(FIRST, "S-1"), 0, AT);

        assertThat(documents.listing("S-1")).contains(FIRST);
        assertThat(documents.listing("S-9")).isEmpty();
        assertThat(documents.listing("S-9")).isEmpty();
        assertThat(jdbc.sent()).as("the document's look-up, then S-9's once").containsExactly("lookup", "lookup");
    }

    private static ProductCreated created(UUID product, String sku) {
        return new ProductCreated(product, "Shoe", "", CategoryPath.of("apparel/shoes"),
                List.of(new ProductVariant(Sku.of(sku), Money.of("10.00", "EUR"), Map.of())), null);
    }

    /** Answers every lookup with no rows and records the statements, with their rows. */
    private static final class RecordingJdbc extends JdbcTemplate {

        private final List<String> statements = new ArrayList<>();
        final List<List<Object[]>> rows = new ArrayList<>();

        List<String> sent() {
            return statements;
        }

        @Override
        public void query(PreparedStatementCreator lookup, RowCallbackHandler handler) {
            statements.add("lookup");
            rows.add(List.of());
        }

        @Override
        public int[] batchUpdate(String sql, List<Object[]> batchArgs) {
            if (sql.startsWith("INSERT INTO skus")) {
                statements.add("batch skus " + batchArgs.stream().map(Arrays::toString).reduce("", String::concat));
            } else {
                statements.add(sql.startsWith("INSERT INTO docs") ? "batch docs insert" : "batch docs update");
            }
            rows.add(batchArgs);
            return new int[batchArgs.size()];
        }
    }
}
