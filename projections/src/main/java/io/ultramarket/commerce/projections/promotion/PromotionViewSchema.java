package io.ultramarket.commerce.projections.promotion;

import io.ultramarket.commerce.projections.columns.JsonDocumentSchema;
import io.ultramarket.commerce.projections.runtime.Generation;

import java.util.List;

/**
 * The promotions read model's table, its columns and its DDL: the one definition that
 * {@link PromotionViewWriter} writes by and query-side's {@code Promotions} reads by. The {@link #PROMOTION}
 * document is a {@link PromotionRecord} as JSON.
 */
public final class PromotionViewSchema {

    public static final String PROJECTION = "promotions";
    public static final String TABLE = "promotion_view";
    public static final List<String> TABLES = List.of(TABLE);

    public static final String PROMOTION_ID = "promotion_id";
    /** jsonb: the {@link PromotionRecord}. */
    public static final String PROMOTION = "promotion";

    private PromotionViewSchema() {
    }

    public static List<String> ddl(Generation generation) {
        return List.of(JsonDocumentSchema.ddl(generation.table(TABLE), PROMOTION_ID, PROMOTION));
    }
}
