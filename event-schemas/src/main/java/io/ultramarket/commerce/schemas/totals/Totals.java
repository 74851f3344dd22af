package io.ultramarket.commerce.schemas.totals;

import io.ultramarket.commerce.schemas.common.Money;
import io.ultramarket.commerce.schemas.common.OrderLine;
import io.ultramarket.commerce.schemas.common.Sku;

import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What an order costs, and how it adds up: the destination it was priced for, each line's amounts, the subtotal
 * of the lines as shown, discounts off the order (one per applied promotion, its {@code source} the promotion's id,
 * lines and shipping together), shipping, each tax, and the total the customer pays.
 *
 * <p>The rule (ADR 0065): every line, and the shipping fee, is taxed on its own and rounded to the currency's minor
 * unit (half up); the order's taxes are the sums of those rounded amounts, never a rate applied to a sum. Tax is on
 * what is actually paid (ADR 0072): a line is taxed on its total less its share of the discounts, the shipping fee on
 * the fee less what free shipping takes off. So
 * {@code total = subtotal − discounts + shipping fee (+ taxTotal where the zone adds tax)} holds to the last cent.
 * {@code destination} is null for orders from before this breakdown.
 *
 * <p>{@code taxExemption} is set when the buyer was a tax-exempt customer (ADR 0075): no line and no shipping fee
 * carries tax, {@code taxes} is empty and {@code taxTotal} zero. Where prices include tax, each line (after its
 * discounts) and the shipping fee is charged net of the tax it holds, that tax worked out and rounded per line as
 * above (so the exempt net is the net an ordinary customer's line has, {@code gross − round(gross × p / (100 + p))});
 * where tax is added, nothing is. Null: no exemption (and for orders from before exemptions).
 */
public record Totals(Destination destination, List<LineAmounts> lines, Money subtotal, List<Discount> discounts,
                     ShippingAmounts shipping, List<TaxAmount> taxes, Money taxTotal, Money total,
                     boolean pricesIncludeTax, TaxExemption taxExemption) {

    public Totals {
        lines = List.copyOf(lines);
        discounts = discounts == null ? List.of() : List.copyOf(discounts);
        taxes = taxes == null ? List.of() : List.copyOf(taxes);
    }

    /**
     * The breakdown of {@code lines} shipped with {@code shipping}: each SKU taxed at its rate in {@code rates}
     * (untaxed without one). The rates and the shipping's tax are all of one zone, so they agree on gross or net.
     */
    public static Totals of(List<OrderLine> lines, Map<Sku, TaxRate> rates, ShippingQuote shipping) {
        return of(lines, rates, shipping, List.of());
    }

    /**
     * The breakdown as {@link #of(List, Map, ShippingQuote)}, less {@code discounts}: each line's shares come off the
     * line before it is taxed, each discount's shipping part off the fee before it is taxed. The discounts are the
     * {@code DiscountCalculator}'s for these lines and fee: every share is for a line here, and no line or fee goes
     * below zero.
     */
    public static Totals of(List<OrderLine> lines, Map<Sku, TaxRate> rates, ShippingQuote shipping,
                            List<io.ultramarket.commerce.schemas.promotion.Discount> discounts) {
        return of(lines, rates, shipping, discounts, null);
    }

    /**
     * The breakdown as {@link #of(List, Map, ShippingQuote, List)} for a buyer with {@code exemption} (none: null):
     * exempt, every line and the fee is charged without tax, the rates only telling how much tax a gross price holds.
     */
    public static Totals of(List<OrderLine> lines, Map<Sku, TaxRate> rates, ShippingQuote shipping,
                            List<io.ultramarket.commerce.schemas.promotion.Discount> discounts, TaxExemption exemption) {
        Currency currency = lines.get(0).unitPrice().currency();
        boolean included = rates.values().stream().findFirst().map(TaxRate::included)
                .orElse(shipping.tax() != null && shipping.tax().included());
        Map<TaxRate, Money[]> byRate = new LinkedHashMap<>();
        List<LineAmounts> amounts = new ArrayList<>();
        Money subtotal = Money.zero(currency);
        Money payable = Money.zero(currency);
        for (OrderLine line : lines) {
            TaxRate rate = rates.get(line.sku());
            Money lineTotal = line.lineTotal();
            List<Discount> shares = discounts.stream().flatMap(discount -> discount.lines().stream()
                            .filter(share -> share.sku().equals(line.sku()))
                            .map(share -> new Discount(discount.promotionId().toString(), share.amount())))
                    .toList();
            Money paid = shares.stream().map(Discount::amount).reduce(lineTotal, Money::minus);
            LineAmounts lineAmounts;
            if (exemption == null) {
                Money tax = taxOf(paid, rate, byRate);
                lineAmounts = new LineAmounts(line.sku(), line.quantity(), line.unitPrice(), lineTotal, shares,
                        netOf(paid, tax, rate), tax, rate);
            } else {
                lineAmounts = new LineAmounts(line.sku(), line.quantity(), line.unitPrice(), lineTotal, shares,
                        exemptNetOf(paid, rate), Money.zero(currency), null);
            }
            amounts.add(lineAmounts);
            subtotal = subtotal.plus(lineTotal);
            payable = payable.plus(lineAmounts.gross());
        }
        Money fee = shipping.fee();
        Money paidFee = discounts.stream().map(io.ultramarket.commerce.schemas.promotion.Discount::shipping)
                .reduce(fee, Money::minus);
        ShippingAmounts shippingAmounts;
        if (exemption == null) {
            Money shippingTax = taxOf(paidFee, shipping.tax(), byRate);
            shippingAmounts = new ShippingAmounts(shipping.option(), fee, netOf(paidFee, shippingTax, shipping.tax()),
                    shippingTax, shipping.tax());
        } else {
            shippingAmounts = new ShippingAmounts(shipping.option(), fee, exemptNetOf(paidFee, shipping.tax()),
                    Money.zero(currency), null);
        }
        payable = payable.plus(shippingAmounts.net()).plus(shippingAmounts.tax());
        List<TaxAmount> taxes = byRate.entrySet().stream()
                .map(entry -> new TaxAmount(entry.getKey(), entry.getValue()[0], entry.getValue()[1])).toList();
        Money taxTotal = taxes.stream().map(TaxAmount::amount).reduce(Money.zero(currency), Money::plus);
        List<Discount> offOrder = discounts.stream()
                .map(discount -> new Discount(discount.promotionId().toString(), discount.amount())).toList();
        return new Totals(shipping.destination(), amounts, subtotal, offOrder, shippingAmounts, taxes, taxTotal, payable,
                included, exemption);
    }

    /**
     * How an order from before this breakdown reads: its lines as priced, no shipping fee and no tax, as it was
     * charged then.
     */
    public static Totals untaxed(List<OrderLine> lines, String shippingOption) {
        Currency currency = lines.get(0).unitPrice().currency();
        Money zero = Money.zero(currency);
        List<LineAmounts> amounts = lines.stream().map(line -> new LineAmounts(line.sku(), line.quantity(),
                line.unitPrice(), line.lineTotal(), List.of(), line.lineTotal(), zero, null)).toList();
        Money subtotal = amounts.stream().map(LineAmounts::lineTotal).reduce(zero, Money::plus);
        return new Totals(null, amounts, subtotal, List.of(), new ShippingAmounts(shippingOption, zero, zero, zero, null),
                List.of(), zero, subtotal, false, null);
    }

    /** True when these totals are those of {@code orderLines}: the same SKUs, quantities and unit prices, in order. */
    public boolean isOf(List<OrderLine> orderLines) {
        return lines.stream().map(line -> new OrderLine(line.sku(), line.quantity(), line.unitPrice())).toList()
                .equals(orderLines);
    }

    /** What the order earns net of tax and of discounts: the total less its taxes. */
    public Money net() {
        return total.minus(taxTotal);
    }

    /**
     * What the customer pays for shipping: the fee less what the discounts take off it, and its tax where added; for
     * a tax-exempt customer, less the tax a gross fee holds. That is its net and its tax, however the zone shows it.
     */
    public Money shippingPaid() {
        return shipping.net().plus(shipping.tax());
    }

    private static Money taxOf(Money amount, TaxRate rate, Map<TaxRate, Money[]> byRate) {
        if (rate == null) {
            return Money.zero(amount.currency());
        }
        Money tax = rate.taxIn(amount);
        Money net = netOf(amount, tax, rate);
        byRate.merge(rate, new Money[]{net, tax}, (sum, more) -> new Money[]{sum[0].plus(more[0]), sum[1].plus(more[1])});
        return tax;
    }

    private static Money netOf(Money amount, Money tax, TaxRate rate) {
        return rate != null && rate.included() ? amount.minus(tax) : amount;
    }

    /** What a tax-exempt customer pays for {@code amount}: a gross amount less the tax inside it, a net one as it is. */
    private static Money exemptNetOf(Money amount, TaxRate rate) {
        return rate != null && rate.included() ? amount.minus(rate.taxIn(amount)) : amount;
    }
}
