package io.ultramarket.commerce.schemas.promotion;

import io.ultramarket.commerce.schemas.common.Money;
import io.ultramarket.commerce.schemas.promotion.DeclinedPromotion.Reason;
import io.ultramarket.commerce.schemas.promotion.PromotionOffer.AmountOff;
import io.ultramarket.commerce.schemas.promotion.PromotionOffer.BuyXGetY;
import io.ultramarket.commerce.schemas.promotion.PromotionOffer.FreeShipping;
import io.ultramarket.commerce.schemas.promotion.PromotionOffer.PercentageOff;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.IntStream;

/**
 * Works out what promotions take off a basket. Pure and deterministic: the same basket, promotions and
 * instant give the same discounts, to the minor unit, whatever order the promotions come in (ADR 0066).
 *
 * <ul>
 *   <li>A promotion applies when it is active, {@code at} is inside its validity window, its amounts are in
 *   the basket's currency and the subtotal (before any discount) reaches its minimum; otherwise it is
 *   declined with the reason.</li>
 *   <li>Promotions stack. They are worked out one after the other, each on what the earlier ones left of every
 *   line: buy X get Y first (on the lines' own prices), then percentages, then fixed amounts, then free
 *   shipping; within a kind by promotion id. No line and no shipping fee goes below zero.</li>
 *   <li>Amounts are counted in the currency's minor unit (cents; yen). A percentage is taken of the selected
 *   lines' sum and rounded half up once; a fixed amount is capped at that sum. The discount is then shared
 *   out over the selected lines in proportion to what is left of each (largest remainder): every line gets
 *   its share rounded down, and the minor units left over go one each to the lines with the largest
 *   fractions cut off, ties to the larger line, then to the earlier line. The shares add up to the discount
 *   exactly, and no line gets more than it costs.</li>
 *   <li>Buy X get Y frees, of every X + Y selected units, Y: the cheapest units of the basket's selected lines
 *   (ties to the earlier line). Each line's share is the price of its free units.</li>
 *   <li>Free shipping takes off the shipping fee (up to its cap); it is not shared out over lines.</li>
 * </ul>
 */
public final class DiscountCalculator {

    private static final Comparator<OfferedPromotion> WORKING_ORDER = Comparator
            .comparingInt((OfferedPromotion promotion) -> precedence(promotion.terms().offer()))
            .thenComparing(OfferedPromotion::promotionId);

    private DiscountCalculator() {
    }

    public static AppliedDiscounts discounts(PricedBasket basket, Collection<OfferedPromotion> promotions, Instant at) {
        Currency currency = basket.currency();
        List<PricedLine> lines = basket.lines();
        long[] left = lines.stream().mapToLong(line -> minorUnits(line.total())).toArray();
        long shippingLeft = minorUnits(basket.shippingFee());
        Money subtotal = basket.subtotal();
        List<Discount> applied = new ArrayList<>();
        List<DeclinedPromotion> declined = new ArrayList<>();
        for (OfferedPromotion promotion : inWorkingOrder(promotions)) {
            Optional<Reason> refusal = refusal(promotion, currency, subtotal, at);
            if (refusal.isPresent()) {
                declined.add(new DeclinedPromotion(promotion.promotionId(), promotion.couponCode(), refusal.get()));
                continue;
            }
            PromotionOffer offer = promotion.terms().offer();
            long[] off = new long[lines.size()];
            long shippingOff = 0;
            if (offer instanceof FreeShipping free) {
                shippingOff = free.upTo() == null ? shippingLeft : Math.min(shippingLeft, minorUnits(free.upTo()));
            } else if (offer instanceof BuyXGetY buyXGetY) {
                off = freeUnits(buyXGetY, lines, selected(buyXGetY.items(), lines, left));
            } else if (offer instanceof PercentageOff percentage) {
                long[] weights = selected(percentage.items(), lines, left);
                long total = BigDecimal.valueOf(sum(weights)).multiply(percentage.percent())
                        .divide(BigDecimal.valueOf(100), 0, RoundingMode.HALF_UP).longValueExact();
                off = shareOut(total, weights);
            } else if (offer instanceof AmountOff amount) {
                long[] weights = selected(amount.items(), lines, left);
                off = shareOut(Math.min(minorUnits(amount.amount()), sum(weights)), weights);
            }
            if (shippingOff == 0 && sum(off) == 0) {
                declined.add(new DeclinedPromotion(promotion.promotionId(), promotion.couponCode(), Reason.NOTHING_TO_DISCOUNT));
                continue;
            }
            shippingLeft -= shippingOff;
            List<LineDiscount> shares = new ArrayList<>();
            for (int i = 0; i < off.length; i++) {
                left[i] -= off[i];
                if (off[i] > 0) {
                    shares.add(new LineDiscount(lines.get(i).sku(), money(off[i], currency)));
                }
            }
            applied.add(new Discount(promotion.promotionId(), promotion.couponCode(), promotion.terms().name(),
                    money(sum(off) + shippingOff, currency), money(shippingOff, currency), shares));
        }
        return new AppliedDiscounts(currency, applied, declined);
    }

    /**
     * Shares {@code total} out over lines in proportion to {@code weights} by the largest remainder, as the
     * class comment says. {@code total} is at most the sum of the weights.
     */
    static long[] shareOut(long total, long[] weights) {
        long[] shares = new long[weights.length];
        long weightSum = sum(weights);
        if (total == 0 || weightSum == 0) {
            return shares;
        }
        BigInteger[] fractions = new BigInteger[weights.length];
        long given = 0;
        for (int i = 0; i < weights.length; i++) {
            BigInteger[] quotientAndRemainder = BigInteger.valueOf(total).multiply(BigInteger.valueOf(weights[i]))
                    .divideAndRemainder(BigInteger.valueOf(weightSum));
            shares[i] = quotientAndRemainder[0].longValueExact();
            fractions[i] = quotientAndRemainder[1];
            given += shares[i];
        }
        List<Integer> byFraction = IntStream.range(0, weights.length).boxed()
                .sorted(Comparator.comparing((Integer i) -> fractions[i]).reversed()
                        .thenComparing(i -> weights[i], Comparator.reverseOrder())
                        .thenComparing(i -> i))
                .toList();
        for (int k = 0; k < total - given; k++) {
            shares[byFraction.get(k)]++;
        }
        return shares;
    }

    /** The cheapest {@code get} of every {@code buy + get} selected units are free. */
    private static long[] freeUnits(BuyXGetY offer, List<PricedLine> lines, long[] selected) {
        long[] off = new long[lines.size()];
        long units = 0;
        for (int i = 0; i < lines.size(); i++) {
            units += selected[i] > 0 ? lines.get(i).quantity().value() : 0;
        }
        long free = units / (offer.buy() + offer.get()) * offer.get();
        List<Integer> cheapestFirst = IntStream.range(0, lines.size()).boxed()
                .filter(i -> selected[i] > 0)
                .sorted(Comparator.comparing((Integer i) -> lines.get(i).unitPrice().amount()).thenComparing(i -> i))
                .toList();
        for (int i : cheapestFirst) {
            long taken = Math.min(free, lines.get(i).quantity().value());
            off[i] = Math.min(selected[i], taken * minorUnits(lines.get(i).unitPrice()));
            free -= taken;
        }
        return off;
    }

    /** What is left of each line the selection takes in; zero for the others. */
    private static long[] selected(ItemSelection items, List<PricedLine> lines, long[] left) {
        long[] weights = new long[lines.size()];
        for (int i = 0; i < lines.size(); i++) {
            PricedLine line = lines.get(i);
            weights[i] = items.selects(line.sku(), line.category()) ? left[i] : 0;
        }
        return weights;
    }

    private static Optional<Reason> refusal(OfferedPromotion promotion, Currency currency, Money subtotal, Instant at) {
        PromotionTerms terms = promotion.terms();
        if (!promotion.active()) {
            return Optional.of(Reason.INACTIVE);
        }
        if (terms.validity().notYetOpenAt(at)) {
            return Optional.of(Reason.NOT_YET_VALID);
        }
        if (terms.validity().closedAt(at)) {
            return Optional.of(Reason.EXPIRED);
        }
        if (terms.currency().filter(own -> !own.equals(currency)).isPresent()) {
            return Optional.of(Reason.OTHER_CURRENCY);
        }
        if (terms.minimumSubtotal() != null && terms.minimumSubtotal().isGreaterThan(subtotal)) {
            return Optional.of(Reason.MINIMUM_NOT_REACHED);
        }
        return Optional.empty();
    }

    private static List<OfferedPromotion> inWorkingOrder(Collection<OfferedPromotion> promotions) {
        Map<UUID, OfferedPromotion> once = new LinkedHashMap<>();
        promotions.stream().sorted(WORKING_ORDER).forEach(promotion -> once.putIfAbsent(promotion.promotionId(), promotion));
        return List.copyOf(once.values());
    }

    private static int precedence(PromotionOffer offer) {
        if (offer instanceof BuyXGetY) {
            return 0;
        }
        if (offer instanceof PercentageOff) {
            return 1;
        }
        return offer instanceof AmountOff ? 2 : 3;
    }

    private static long sum(long[] values) {
        long total = 0;
        for (long value : values) {
            total += value;
        }
        return total;
    }

    private static long minorUnits(Money money) {
        return money.amount().movePointRight(money.amount().scale()).longValueExact();
    }

    private static Money money(long minorUnits, Currency currency) {
        return new Money(BigDecimal.valueOf(minorUnits, Math.max(currency.getDefaultFractionDigits(), 0)), currency);
    }
}
