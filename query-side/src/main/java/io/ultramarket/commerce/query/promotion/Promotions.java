package io.ultramarket.commerce.query.promotion;

import io.r2dbc.spi.Readable;
import io.ultramarket.commerce.query.columns.JsonColumnReader;
import io.ultramarket.commerce.schemas.promotion.CouponCode;
import io.ultramarket.commerce.schemas.promotion.PromotionTerms;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.util.UUID;

import static io.ultramarket.commerce.projections.columns.VersionedRowSchema.CREATED_AT;
import static io.ultramarket.commerce.projections.columns.VersionedRowSchema.UPDATED_AT;
import static io.ultramarket.commerce.projections.columns.VersionedRowSchema.VERSION;
import static io.ultramarket.commerce.projections.promotion.PromotionViewSchema.PROMOTION;
import static io.ultramarket.commerce.projections.promotion.PromotionViewSchema.PROMOTION_ID;
import static io.ultramarket.commerce.projections.promotion.PromotionViewSchema.TABLE;
import static io.ultramarket.commerce.query.columns.RowValues.instant;

/** Reads the promotions read model (the view {@code promotion_view}, see {@code PromotionViewSchema}) without blocking. */
@Component
public class Promotions {

    /** The stored JSON document's shape (a {@code PromotionRecord}). */
    record StoredPromotion(CouponCode couponCode, PromotionTerms terms, boolean active, int uses) {
    }

    private static final String SELECT = "SELECT " + PROMOTION_ID + ", " + PROMOTION + "::text AS " + PROMOTION + ", "
            + String.join(", ", VERSION, CREATED_AT, UPDATED_AT) + " FROM " + TABLE;
    private static final String BY_ID = SELECT + " WHERE " + PROMOTION_ID + " = :promotionId";
    private static final String LATEST = SELECT + " ORDER BY " + CREATED_AT + " DESC, " + PROMOTION_ID
            + " LIMIT :limit OFFSET :offset";
    /** Active promotions that need no code: every basket is weighed against them. */
    private static final String AUTOMATIC = SELECT + " WHERE " + PROMOTION + " ->> 'active' = 'true' AND "
            + PROMOTION + " ->> 'couponCode' IS NULL ORDER BY " + PROMOTION_ID + " LIMIT :limit";

    private final DatabaseClient database;
    private final JsonColumnReader json;

    Promotions(DatabaseClient database, JsonColumnReader json) {
        this.database = database;
        this.json = json;
    }

    /** The promotion, or empty when the read model does not know it. */
    public Mono<PromotionView> byId(UUID promotionId) {
        return database.sql(BY_ID).bind("promotionId", promotionId).map(this::promotion).one();
    }

    /** The promotion a coupon code belongs to, or empty when there is none. */
    public Mono<PromotionView> byCode(CouponCode code) {
        return byId(code.promotionId());
    }

    /** A page of promotions, the newest first. */
    public Flux<PromotionView> page(int limit, int offset) {
        return database.sql(LATEST).bind("limit", limit).bind("offset", offset).map(this::promotion).all();
    }

    /** At most {@code limit} active promotions without a coupon code, by id. */
    public Flux<PromotionView> automatic(int limit) {
        return database.sql(AUTOMATIC).bind("limit", limit).map(this::promotion).all();
    }

    private PromotionView promotion(Readable row) {
        StoredPromotion stored = json.read(row.get(PROMOTION, String.class), StoredPromotion.class);
        Integer total = stored.terms().limits().total();
        return new PromotionView(row.get(PROMOTION_ID, UUID.class), stored.couponCode(), stored.terms(), stored.active(),
                stored.uses(), total == null ? null : Math.max(total - stored.uses(), 0), row.get(VERSION, Long.class),
                instant(row, CREATED_AT), instant(row, UPDATED_AT));
    }
}
