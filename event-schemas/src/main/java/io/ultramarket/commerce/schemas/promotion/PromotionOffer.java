package io.ultramarket.commerce.schemas.promotion;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import io.ultramarket.commerce.schemas.common.Money;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Optional;

/**
 * What a promotion takes off. On the wire an object whose {@code kind} says which:
 * {@code percentage-off}, {@code amount-off}, {@code buy-x-get-y} or {@code free-shipping}.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
@JsonSubTypes({
        @JsonSubTypes.Type(value = PromotionOffer.PercentageOff.class, name = "percentage-off"),
        @JsonSubTypes.Type(value = PromotionOffer.AmountOff.class, name = "amount-off"),
        @JsonSubTypes.Type(value = PromotionOffer.BuyXGetY.class, name = "buy-x-get-y"),
        @JsonSubTypes.Type(value = PromotionOffer.FreeShipping.class, name = "free-shipping")})
public sealed interface PromotionOffer {

    /** The currency the offer's amounts are in, when it has any: it then applies to orders in that currency only. */
    Optional<Currency> currency();

    /** {@code percent} (more than 0, at most 100, two decimals at most) off the selected lines or the whole order. */
    record PercentageOff(BigDecimal percent, ItemSelection items) implements PromotionOffer {

        public PercentageOff {
            if (percent == null || percent.signum() <= 0 || percent.compareTo(BigDecimal.valueOf(100)) > 0
                    || percent.stripTrailingZeros().scale() > 2) {
                throw new IllegalArgumentException("percent must be more than 0 and at most 100, with at most 2 decimals, was "
                        + (percent == null ? "missing" : percent.toPlainString()));
            }
            items = items == null ? ItemSelection.WHOLE_ORDER : items;
        }

        @Override
        public Optional<Currency> currency() {
            return Optional.empty();
        }
    }

    /** {@code amount} off the selected lines (or the whole order), never more than they cost. */
    record AmountOff(Money amount, ItemSelection items) implements PromotionOffer {

        public AmountOff {
            if (amount == null || amount.isZero()) {
                throw new IllegalArgumentException("amount must be more than zero");
            }
            items = items == null ? ItemSelection.WHOLE_ORDER : items;
        }

        @Override
        public Optional<Currency> currency() {
            return Optional.of(amount.currency());
        }
    }

    /**
     * Buy {@code buy} units of the selected items and get {@code get} more free: of every {@code buy + get} units
     * selected, {@code get} are free, the cheapest ones. Each 1 to {@value #MAX_UNITS}.
     */
    record BuyXGetY(int buy, int get, ItemSelection items) implements PromotionOffer {

        public static final int MAX_UNITS = 100;

        public BuyXGetY {
            if (buy < 1 || buy > MAX_UNITS || get < 1 || get > MAX_UNITS) {
                throw new IllegalArgumentException("buy and get must each be 1 to " + MAX_UNITS + ", were " + buy + " and " + get);
            }
            items = items == null ? ItemSelection.WHOLE_ORDER : items;
        }

        @Override
        public Optional<Currency> currency() {
            return Optional.empty();
        }
    }

    /** The shipping fee is waived, up to {@code upTo} when given. */
    record FreeShipping(Money upTo) implements PromotionOffer {

        @Override
        public Optional<Currency> currency() {
            return Optional.ofNullable(upTo).map(Money::currency);
        }
    }
}
