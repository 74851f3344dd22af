package io.ultramarket.commerce.projections.productreview;

import io.ultramarket.commerce.projections.readmodel.PostgresReadModel;
import io.ultramarket.commerce.projections.runtime.ReadModelProjection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/** Product reviews and their moderation, and each product's rating (ADR 0068). */
@Configuration(proxyBeanMethods = false)
class ProductReviewsReadModel {

    @Bean
    ReadModelProjection productReviewsProjection(JdbcTemplate jdbc) {
        return new PostgresReadModel(ProductReviewsSchema.PROJECTION, ProductReviewsSchema.TABLES, ProductReviewsSchema::ddl,
                generation -> new ProductReviewsWriter(jdbc, generation.table(ProductReviewsSchema.REVIEWS),
                        generation.table(ProductReviewsSchema.RATINGS)));
    }
}
