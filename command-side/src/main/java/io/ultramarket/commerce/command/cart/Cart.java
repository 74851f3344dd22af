package io.ultramarket.commerce.command.cart;

import io.ultramarket.commerce.schemas.cart.AddItemToCart;
import io.ultramarket.commerce.schemas.cart.CartCheckedOut;
import io.ultramarket.commerce.schemas.cart.CartClaimed;
import io.ultramarket.commerce.schemas.cart.CartCreated;
import io.ultramarket.commerce.schemas.cart.CartDestinationSelected;
import io.ultramarket.commerce.schemas.cart.CartItemQuantityChanged;
import io.ultramarket.commerce.schemas.cart.ChangeCartItemQuantity;
import io.ultramarket.commerce.schemas.cart.ClaimCart;
import io.ultramarket.commerce.schemas.cart.CheckOutCart;
import io.ultramarket.commerce.schemas.cart.CreateCart;
import io.ultramarket.commerce.schemas.cart.ItemAddedToCart;
import io.ultramarket.commerce.schemas.cart.ItemRemovedFromCart;
import io.ultramarket.commerce.schemas.cart.RemoveItemFromCart;
import io.ultramarket.commerce.schemas.cart.SetCartDestination;
import io.ultramarket.commerce.schemas.common.Money;
import io.ultramarket.commerce.schemas.common.OrderLine;
import io.ultramarket.commerce.schemas.common.PriceQuote;
import io.ultramarket.commerce.schemas.common.Quantity;
import io.ultramarket.commerce.schemas.common.Sku;
import io.ultramarket.commerce.schemas.promotion.Discount;
import io.ultramarket.commerce.schemas.promotion.LineDiscount;
import io.ultramarket.commerce.schemas.totals.Destination;
import io.ultramarket.commerce.schemas.totals.ShippingQuote;
import io.ultramarket.commerce.schemas.totals.SkuTaxRate;
import io.ultramarket.commerce.schemas.totals.TaxRate;
import io.ultramarket.commerce.schemas.totals.Totals;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A shopper's cart, a signed-in customer's or a guest's. It guards what an order relies on later: every line
 * in the currency chosen when the cart was opened, bounded size,
 * and no change once it has become an order (the order was built from exactly these lines).
 */
@Aggregate(cache = "aggregateCache")
public class Cart {

    @AggregateIdentifier
    private UUID cartId;
    private UUID customerId;
    private boolean guest;
    // Chosen at creation; null only for a cart opened before that, until its first line names it.
    private Currency currency;
    // Insertion order keeps the order lines in the sequence the shopper added them.
    private final Map<Sku, OrderLine> lines = new LinkedHashMap<>();
    private UUID checkedOutAsOrder;
    private Destination destination;

    @CommandHandler
    public Cart(CreateCart command) {
        apply(new CartCreated(command.cartId(), command.customerId(), command.guest(), command.currency()));
    }

    /**
     * A guest's open cart becomes the signed-in customer's who presents its token. Claiming one's own cart
     * again changes nothing (a retried claim); a customer's cart, or one already checked out, stays as it is.
     */
    @CommandHandler
    public void handle(ClaimCart command) {
        if (!guest && customerId.equals(command.customerId())) {
            return;
        }
        if (!guest || !customerId.equals(command.guestId())) {
            throw new CartNotClaimable(cartId, "it is not that guest's cart");
        }
        if (checkedOutAsOrder != null) {
            throw new CartNotClaimable(cartId, "it was checked out as order " + checkedOutAsOrder);
        }
        apply(new CartClaimed(cartId, command.customerId(), command.guestId()));
    }

    @CommandHandler
    public void handle(AddItemToCart command, CartLimits limits) {
        requireOpen();
        Sku sku = command.sku();
        Money unitPrice = command.price().unitPrice();
        requireCartCurrency(sku, unitPrice);
        OrderLine existing = lines.get(sku);
        if (existing == null && lines.size() >= limits.maxLinesPerCart()) {
            throw new CartLineLimitReached(cartId, sku, limits.maxLinesPerCart());
        }
        int lineQuantity = command.quantity().value() + (existing == null ? 0 : existing.quantity().value());
        if (lineQuantity > limits.maxQuantityPerLine()) {
            throw new CartQuantityLimitExceeded(cartId, sku, lineQuantity, limits.maxQuantityPerLine());
        }
        apply(new ItemAddedToCart(cartId, sku, command.quantity(), Quantity.of(lineQuantity), unitPrice,
                command.price().priceList()));
    }

    @CommandHandler
    public void handle(ChangeCartItemQuantity command, CartLimits limits) {
        requireOpen();
        OrderLine line = requireLine(command.sku());
        // A resent "set to n" must not look like a second change to projections and analytics.
        if (line.quantity().equals(command.quantity())) {
            return;
        }
        int quantity = command.quantity().value();
        if (quantity > limits.maxQuantityPerLine()) {
            throw new CartQuantityLimitExceeded(cartId, command.sku(), quantity, limits.maxQuantityPerLine());
        }
        apply(new CartItemQuantityChanged(cartId, command.sku(), command.quantity()));
    }

    @CommandHandler
    public void handle(RemoveItemFromCart command) {
        requireOpen();
        requireLine(command.sku());
        apply(new ItemRemovedFromCart(cartId, command.sku()));
    }

    /** Where the cart ships to; saying the same again changes nothing. */
    @CommandHandler
    public void handle(SetCartDestination command) {
        requireOpen();
        if (command.destination().equals(destination)) {
            return;
        }
        apply(new CartDestinationSelected(cartId, command.destination()));
    }

    @CommandHandler
    public void handle(CheckOutCart command) {
        if (checkedOutAsOrder != null) {
            // The caller picks the order id so that a retried checkout can be recognised and answered
            // without creating a second order; any other checkout is a real change and is refused.
            if (checkedOutAsOrder.equals(command.orderId())) {
                return;
            }
            throw new CartAlreadyCheckedOut(cartId, checkedOutAsOrder);
        }
        if (lines.isEmpty()) {
            throw new EmptyCartCannotBeCheckedOut(cartId);
        }
        List<PriceQuote> quotes = pricesAtCheckout(command.prices());
        List<OrderLine> orderLines = quotes.stream()
                .map(quote -> new OrderLine(quote.sku(), lines.get(quote.sku()).quantity(), quote.unitPrice()))
                .toList();
        Destination pricedFor = destinationOf(command);
        ShippingQuote shipping = command.shipping();
        requireQuoteFor(pricedFor, orderLines, shipping);
        Map<Sku, TaxRate> rates = new LinkedHashMap<>();
        for (SkuTaxRate rate : command.taxRates()) {
            if (!rate.rate().zone().equals(pricedFor.zone())) {
                throw new StaleCheckoutQuote(cartId, "destination", "the tax rate of " + rate.sku() + " is for "
                        + rate.rate().zone() + ", the cart ships to " + pricedFor.zone() + "; check out again");
            }
            rates.put(rate.sku(), rate.rate());
        }
        requireDiscountsFit(command.discounts(), orderLines, shipping);
        Totals totals = Totals.of(orderLines, rates, shipping, command.discounts(), command.taxExemption());
        apply(new CartCheckedOut(cartId, command.orderId(), customerId, orderLines, totals.total(),
                command.shippingAddress(), shipping.option(), command.paymentMethod(), quotes, totals));
    }

    /**
     * The cart's destination, or the address's country when none was set. An address in another country than the
     * destination is refused rather than re-priced silently: the customer saw rates and taxes for the destination.
     */
    private Destination destinationOf(CheckOutCart command) {
        String country = command.shippingAddress().country();
        if (destination == null) {
            return Destination.of(country);
        }
        if (!destination.country().equals(country)) {
            throw new StaleCheckoutQuote(cartId, "shippingAddress.country", "the cart is priced for shipping to "
                    + destination.country() + ", the address is in " + country
                    + "; set the cart's destination to " + country + " first (PUT /carts/" + cartId + "/destination)");
        }
        return destination;
    }

    /** The shipping quote must be for this parcel, to this destination, in the cart's currency. */
    private void requireQuoteFor(Destination pricedFor, List<OrderLine> orderLines, ShippingQuote shipping) {
        int units = orderLines.stream().mapToInt(line -> line.quantity().value()).sum();
        Money first = orderLines.get(0).unitPrice();
        if (!shipping.destination().equals(pricedFor) || shipping.units() != units
                || !shipping.fee().hasSameCurrencyAs(first)) {
            throw new StaleCheckoutQuote(cartId, "shippingOption", "the quote for " + shipping.option() + " ("
                    + shipping.units() + " unit(s) to " + shipping.destination().zone() + " in "
                    + shipping.fee().currency() + ") is not for this cart (" + units + " unit(s) to " + pricedFor.zone()
                    + " in " + first.currency() + "); check out again");
        }
    }

    /**
     * The discounts were worked out by the sender for these lines and this fee (ADR 0072): every share must be for
     * one of the lines, in the cart's currency, and no line or fee may be taken below zero. Discounts worked out
     * for another basket (a line changed meanwhile) are refused, to check out again.
     */
    private void requireDiscountsFit(List<Discount> discounts, List<OrderLine> orderLines, ShippingQuote shipping) {
        Map<Sku, Money> left = new LinkedHashMap<>();
        orderLines.forEach(line -> left.put(line.sku(), line.lineTotal()));
        Money feeLeft = shipping.fee();
        for (Discount discount : discounts) {
            if (!discount.amount().hasSameCurrencyAs(feeLeft)) {
                throw staleDiscount(discount, "is in " + discount.amount().currency() + ", the cart in "
                        + feeLeft.currency());
            }
            if (discount.shipping().isGreaterThan(feeLeft)) {
                throw staleDiscount(discount, "takes more off shipping than is left of its fee");
            }
            feeLeft = feeLeft.minus(discount.shipping());
            for (LineDiscount share : discount.lines()) {
                Money lineLeft = left.get(share.sku());
                if (lineLeft == null) {
                    throw staleDiscount(discount, "takes " + share.amount() + " off " + share.sku() + ", not in the cart");
                }
                if (share.amount().isGreaterThan(lineLeft)) {
                    throw staleDiscount(discount, "takes more off " + share.sku() + " than is left of the line");
                }
                left.put(share.sku(), lineLeft.minus(share.amount()));
            }
        }
    }

    private StaleCheckoutQuote staleDiscount(Discount discount, String why) {
        return new StaleCheckoutQuote(cartId, "couponCodes", "the discount of promotion " + discount.promotionId()
                + " " + why + "; check out again");
    }

    /**
     * The order is priced at checkout, not when the lines were added: every line needs the shop's current
     * price, and all of them one currency (a price list may have moved to another since the line was added).
     */
    private List<PriceQuote> pricesAtCheckout(List<PriceQuote> offered) {
        Map<Sku, PriceQuote> bySku = new LinkedHashMap<>();
        offered.forEach(quote -> bySku.put(quote.sku(), quote));
        List<PriceQuote> quotes = lines.keySet().stream().map(sku -> {
            PriceQuote quote = bySku.get(sku);
            if (quote == null) {
                throw new CartLineNotForSale(cartId, sku);
            }
            return quote;
        }).toList();
        quotes.forEach(quote -> requireCartCurrency(quote.sku(), quote.unitPrice()));
        return quotes;
    }

    /** A cart opened before carts had a currency takes its first line's (ADR 0067): until then, any will do. */
    private void requireCartCurrency(Sku sku, Money unitPrice) {
        if (currency != null && !currency.equals(unitPrice.currency())) {
            throw new CartCurrencyMismatch(cartId, sku, unitPrice.currency(), currency);
        }
    }

    private void requireOpen() {
        if (checkedOutAsOrder != null) {
            throw new CartAlreadyCheckedOut(cartId, checkedOutAsOrder);
        }
    }

    private OrderLine requireLine(Sku sku) {
        OrderLine line = lines.get(sku);
        if (line == null) {
            throw new CartItemNotFound(cartId, sku);
        }
        return line;
    }

    @EventSourcingHandler
    public void on(CartCreated event) {
        cartId = event.cartId();
        customerId = event.customerId();
        guest = event.guest();
        currency = event.currency();
    }

    @EventSourcingHandler
    public void on(CartClaimed event) {
        customerId = event.customerId();
        guest = false;
    }

    @EventSourcingHandler
    public void on(ItemAddedToCart event) {
        if (currency == null) {
            currency = event.unitPrice().currency();
        }
        lines.put(event.sku(), new OrderLine(event.sku(), event.lineQuantity(), event.unitPrice()));
    }

    @EventSourcingHandler
    public void on(CartItemQuantityChanged event) {
        lines.computeIfPresent(event.sku(), (sku, line) -> new OrderLine(sku, event.quantity(), line.unitPrice()));
    }

    @EventSourcingHandler
    public void on(ItemRemovedFromCart event) {
        lines.remove(event.sku());
    }

    @EventSourcingHandler
    public void on(CartDestinationSelected event) {
        destination = event.destination();
    }

    @EventSourcingHandler
    public void on(CartCheckedOut event) {
        checkedOutAsOrder = event.orderId();
    }

    protected Cart() {
        // Axon rebuilds the cart from its events through this constructor.
    }
}
