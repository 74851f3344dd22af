package io.ultramarket.commerce.schemas.promotion;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.ultramarket.commerce.schemas.common.InvalidCommand;
import io.ultramarket.commerce.schemas.common.Money;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PromotionContractTest {

    private static final PromotionTerms TEN_PERCENT =
            new PromotionTerms("Ten", new PromotionOffer.PercentageOff(BigDecimal.TEN, null), null, null, null);

    @Test
    void aCouponCodeIsUpperCaseAndNamesOnePromotionWhateverItsCase() {
        assertThat(CouponCode.of(" summer-10 ").value()).isEqualTo("SUMMER-10");
        assertThat(CouponCode.of("summer-10").promotionId()).isEqualTo(CouponCode.of("SUMMER-10").promotionId())
                .isNotEqualTo(CouponCode.of("SUMMER-11").promotionId());
        assertThatThrownBy(() -> CouponCode.of("a b")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CouponCode.of("AB")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aPromotionWithACouponCodeHasTheCodesId() {
        CouponCode code = CouponCode.of("WELCOME");
        assertThat(new CreatePromotion(code.promotionId(), code, TEN_PERCENT).promotionId()).isEqualTo(code.promotionId());
        assertThatThrownBy(() -> new CreatePromotion(UUID.randomUUID(), code, TEN_PERCENT))
                .isInstanceOf(InvalidCommand.class).hasMessageContaining(code.promotionId().toString());
    }

    @Test
    void termsRefuseWhatNoPromotionCouldMean() {
        assertThatThrownBy(() -> new PromotionOffer.PercentageOff(new BigDecimal("100.01"), null))
                .hasMessageContaining("at most 100");
        assertThatThrownBy(() -> new PromotionOffer.PercentageOff(new BigDecimal("0.001"), null))
                .hasMessageContaining("2 decimals");
        assertThatThrownBy(() -> new PromotionOffer.BuyXGetY(0, 1, null)).hasMessageContaining("1 to 100");
        assertThatThrownBy(() -> new ValidityWindow(Instant.parse("2026-01-02T00:00:00Z"), Instant.parse("2026-01-01T00:00:00Z")))
                .hasMessageContaining("must be after");
        assertThatThrownBy(() -> new UsageLimits(0, null)).hasMessageContaining("total uses must be 1 to");
        assertThatThrownBy(() -> new PromotionTerms("Mixed", new PromotionOffer.AmountOff(Money.of("5", "EUR"), null),
                Money.of("50", "USD"), null, null)).hasMessageContaining("share one currency");
    }

    @Test
    void offersTravelWithTheirKind() throws Exception {
        ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule());
        var terms = new PromotionTerms("Three for two", new PromotionOffer.BuyXGetY(2, 1, null), null,
                new ValidityWindow(Instant.parse("2026-12-01T00:00:00Z"), null), new UsageLimits(10, 1));

        String written = json.writeValueAsString(new PromotionCreated(new UUID(0, 1), null, terms));

        assertThat(written).contains("\"kind\":\"buy-x-get-y\"").contains("\"from\":\"2026-12-01T00:00:00Z\"");
        assertThat(json.readValue(written, PromotionCreated.class).terms()).isEqualTo(terms);
    }
}
