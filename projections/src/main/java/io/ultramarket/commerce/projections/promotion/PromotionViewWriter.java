package io.ultramarket.commerce.projections.promotion;

import com.fasterxml.jackson.core.type.TypeReference;
import io.ultramarket.commerce.projections.columns.JsonColumns;
import io.ultramarket.commerce.projections.columns.JsonDocumentRows;
import io.ultramarket.commerce.schemas.promotion.PromotionCreated;
import io.ultramarket.commerce.schemas.promotion.PromotionEvent;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Instant;

/**
 * Writes one generation of the promotions read model: the promotion as a JSON document, versioned by its
 * aggregate's sequence number (see {@link JsonDocumentRows}), so an event applied twice (a redemption
 * counted twice) changes nothing.
 */
class PromotionViewWriter {

    static final TypeReference<PromotionRecord> PROMOTION = new TypeReference<>() {
    };

    private final JsonDocumentRows<PromotionRecord> rows;

    PromotionViewWriter(JdbcTemplate jdbc, JsonColumns json, String table) {
        this.rows = new JsonDocumentRows<>(jdbc, json, table, PromotionViewSchema.PROMOTION_ID,
                PromotionViewSchema.PROMOTION, PROMOTION);
    }

    @EventHandler
    void on(PromotionCreated event, @SequenceNumber long version, @Timestamp Instant at) {
        rows.insert(event.promotionId(), PromotionRecord.of(event), version, at);
    }

    @EventHandler
    void on(PromotionEvent event, @SequenceNumber long version, @Timestamp Instant at) {
        rows.change(event.promotionId(), version, at, promotion -> promotion.with(event));
    }
}
