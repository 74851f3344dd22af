package io.ultramarket.commerce.projections.analytics;

import io.ultramarket.commerce.schemas.cart.CartCheckedOut;
import io.ultramarket.commerce.schemas.cart.CartCreated;
import io.ultramarket.commerce.schemas.cart.CartItemQuantityChanged;
import io.ultramarket.commerce.schemas.cart.ItemAddedToCart;
import io.ultramarket.commerce.schemas.cart.ItemRemovedFromCart;
import io.ultramarket.commerce.schemas.catalog.CategoryPath;
import io.ultramarket.commerce.schemas.catalog.ProductCategoryChanged;
import io.ultramarket.commerce.schemas.catalog.ProductCreated;
import io.ultramarket.commerce.schemas.catalog.ProductVariant;
import io.ultramarket.commerce.schemas.catalog.ProductVariantAdded;
import io.ultramarket.commerce.schemas.common.Money;
import io.ultramarket.commerce.schemas.order.OrderCancelled;
import io.ultramarket.commerce.schemas.order.OrderConfirmed;
import io.ultramarket.commerce.schemas.order.OrderDelivered;
import io.ultramarket.commerce.schemas.order.OrderPlaced;
import io.ultramarket.commerce.schemas.order.OrderRejected;
import io.ultramarket.commerce.schemas.order.OrderReturned;
import io.ultramarket.commerce.schemas.order.OrderShipped;
import io.ultramarket.commerce.schemas.order.ReturnedLine;
import io.ultramarket.commerce.schemas.payment.PaymentAuthorized;
import io.ultramarket.commerce.schemas.payment.PaymentCaptured;
import io.ultramarket.commerce.schemas.payment.PaymentDeclined;
import io.ultramarket.commerce.schemas.payment.PaymentRefunded;
import io.ultramarket.commerce.schemas.payment.PaymentRequested;
import io.ultramarket.commerce.schemas.payment.PaymentVoided;
import io.ultramarket.commerce.schemas.stock.StockAdjusted;
import io.ultramarket.commerce.schemas.stock.StockItemId;
import io.ultramarket.commerce.schemas.stock.StockItemRegistered;
import io.ultramarket.commerce.schemas.stock.StockReceived;
import io.ultramarket.commerce.schemas.stock.StockReservationCommitted;
import io.ultramarket.commerce.schemas.stock.StockReservationReleased;
import io.ultramarket.commerce.schemas.stock.StockReserved;
import io.ultramarket.commerce.schemas.totals.LineAmounts;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;

/**
 * What an event means to analysts: the fact rows it adds. Stateless, so a replay or a retry produces the
 * same rows again: an event never needs to know what came before it. Amounts are the event's own, net of tax
 * for orders and returns; revenue nets out cancelled, rejected and returned orders at query time.
 */
final class AnalyticsFacts {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC);
    private static final BigDecimal NONE = BigDecimal.ZERO;

    private AnalyticsFacts() {
    }

    static void describe(EventMessage<?> message, FactRows rows) {
        Event event = new Event(message);
        Object payload = message.getPayload();
        if (payload instanceof OrderPlaced placed) {
            // Revenue is net of tax (ADR 0065): each line's net amount, and its net unit price to four places, which
            // partial returns are subtracted at. Orders from before the breakdown were untaxed: net is what they cost.
            List<LineAmounts> lines = placed.totals().lines();
            for (int index = 0; index < lines.size(); index++) {
                LineAmounts line = lines.get(index);
                int quantity = line.quantity().value();
                rows.add(FactTable.ORDER_LINE, event.id, index, text(placed.orderId()), text(placed.customerId()),
                        line.sku().value(), quantity, netUnitPrice(line), line.net().amount(),
                        line.net().currency().getCurrencyCode(), event.occurredAt, event.day, event.position);
            }
            order(rows, event, placed.orderId(), "placed", placed.totals().net());
        } else if (payload instanceof OrderConfirmed confirmed) {
            order(rows, event, confirmed.orderId(), "confirmed", null);
        } else if (payload instanceof OrderShipped shipped) {
            order(rows, event, shipped.orderId(), "shipped", null);
        } else if (payload instanceof OrderDelivered delivered) {
            order(rows, event, delivered.orderId(), "delivered", null);
        } else if (payload instanceof OrderCancelled cancelled) {
            order(rows, event, cancelled.orderId(), "cancelled", null);
        } else if (payload instanceof OrderRejected rejected) {
            // The checkout saga refused it before payment (no stock, or rejected on review): never a sale.
            order(rows, event, rejected.orderId(), "rejected", null);
        } else if (payload instanceof OrderReturned returned) {
            // A complete return nets the whole order out of sales; the units of a partial one are subtracted
            // from the order's lines per SKU, at the prices agreed (docs/event-catalog.md, analytics facts).
            List<ReturnedLine> lines = returned.lines();
            for (int index = 0; index < lines.size(); index++) {
                ReturnedLine line = lines.get(index);
                rows.add(FactTable.ORDER_RETURN_LINE, event.id, index, text(returned.orderId()), text(returned.returnId()),
                        line.sku().value(), line.quantity().value(), event.occurredAt, event.day, event.position);
            }
            Money refund = returned.refund();
            order(rows, event, returned.orderId(), returned.complete() ? "returned" : "partially_returned",
                    refund == null || returned.tax() == null ? refund : refund.minus(returned.tax()));
        } else if (payload instanceof PaymentRequested requested) {
            payment(rows, event, requested.paymentId(), requested.orderId(), "requested", requested.amount());
        } else if (payload instanceof PaymentAuthorized authorized) {
            payment(rows, event, authorized.paymentId(), authorized.orderId(), "authorized", authorized.amount());
        } else if (payload instanceof PaymentCaptured captured) {
            payment(rows, event, captured.paymentId(), captured.orderId(), "captured", captured.amount());
        } else if (payload instanceof PaymentRefunded refunded) {
            payment(rows, event, refunded.paymentId(), refunded.orderId(), "refunded", refunded.amount());
        } else if (payload instanceof PaymentDeclined declined) {
            payment(rows, event, declined.paymentId(), declined.orderId(), "declined", null);
        } else if (payload instanceof PaymentVoided voided) {
            payment(rows, event, voided.paymentId(), voided.orderId(), "voided", null);
        } else if (payload instanceof CartCreated created) {
            cart(rows, event, created.cartId(), "created", "", 0, null);
        } else if (payload instanceof ItemAddedToCart added) {
            cart(rows, event, added.cartId(), "item_added", added.sku().value(), added.quantity().value(), null);
        } else if (payload instanceof CartItemQuantityChanged changed) {
            cart(rows, event, changed.cartId(), "quantity_changed", changed.sku().value(), changed.quantity().value(), null);
        } else if (payload instanceof ItemRemovedFromCart removed) {
            cart(rows, event, removed.cartId(), "item_removed", removed.sku().value(), 0, null);
        } else if (payload instanceof CartCheckedOut checkedOut) {
            cart(rows, event, checkedOut.cartId(), "checked_out", "", 0, checkedOut.orderId());
        } else if (payload instanceof ProductCreated created) {
            created.variants().forEach(variant -> variant(rows, event, created.productId(), variant));
            category(rows, event, created.productId(), created.category());
        } else if (payload instanceof ProductVariantAdded added) {
            variant(rows, event, added.productId(), added.variant());
        } else if (payload instanceof ProductCategoryChanged changed) {
            category(rows, event, changed.productId(), changed.category());
        } else if (payload instanceof StockItemRegistered registered) {
            stock(rows, event, registered.stockItemId(), "registered", registered.onHand(), registered.onHand());
        } else if (payload instanceof StockReceived received) {
            stock(rows, event, received.stockItemId(), "received", received.quantity().value(), received.quantity().value());
        } else if (payload instanceof StockAdjusted adjusted) {
            stock(rows, event, adjusted.stockItemId(), "adjusted", Math.abs(adjusted.delta()), adjusted.delta());
        } else if (payload instanceof StockReserved reserved) {
            stock(rows, event, reserved.stockItemId(), "reserved", reserved.quantity().value(), 0);
        } else if (payload instanceof StockReservationReleased released) {
            stock(rows, event, released.stockItemId(), "released", released.quantity().value(), 0);
        } else if (payload instanceof StockReservationCommitted committed) {
            stock(rows, event, committed.stockItemId(), "committed", committed.quantity().value(), -committed.quantity().value());
        }
    }

    private static void order(FactRows rows, Event event, UUID orderId, String type, Money amount) {
        rows.add(FactTable.ORDER_EVENT, event.id, text(orderId), type, amountOf(amount), currencyOf(amount),
                event.occurredAt, event.day, event.position);
    }

    private static void payment(FactRows rows, Event event, UUID paymentId, UUID orderId, String type, Money amount) {
        rows.add(FactTable.PAYMENT_EVENT, event.id, text(paymentId), text(orderId), type, amountOf(amount),
                currencyOf(amount), event.occurredAt, event.day, event.position);
    }

    private static void cart(FactRows rows, Event event, UUID cartId, String type, String sku, int quantity, UUID orderId) {
        rows.add(FactTable.CART_EVENT, event.id, text(cartId), type, sku, quantity, text(orderId),
                event.occurredAt, event.day, event.position);
    }

    private static void stock(FactRows rows, Event event, StockItemId item, String type, int quantity, int onHandChange) {
        rows.add(FactTable.STOCK_MOVEMENT, event.id, item.sku().value(), item.warehouse().value(), type, quantity,
                onHandChange, event.occurredAt, event.day, event.position);
    }

    private static void variant(FactRows rows, Event event, UUID productId, ProductVariant variant) {
        rows.add(FactTable.PRODUCT_VARIANT, event.id, text(productId), variant.sku().value(), event.occurredAt, event.day,
                event.position);
    }

    private static void category(FactRows rows, Event event, UUID productId, CategoryPath category) {
        if (category == null) {
            return;
        }
        rows.add(FactTable.PRODUCT_CATEGORY, event.id, text(productId), category.value(), event.occurredAt, event.day,
                event.position);
    }

    /** The line's net amount per unit: exact where it divides at the currency's scale, else to four places. */
    private static BigDecimal netUnitPrice(LineAmounts line) {
        BigDecimal net = line.net().amount();
        BigDecimal units = BigDecimal.valueOf(line.quantity().value());
        BigDecimal atScale = net.divide(units, net.scale(), RoundingMode.HALF_UP);
        return atScale.multiply(units).compareTo(net) == 0 ? atScale : net.divide(units, 4, RoundingMode.HALF_UP);
    }

    private static BigDecimal amountOf(Money money) {
        return money == null ? NONE : money.amount();
    }

    private static String currencyOf(Money money) {
        return money == null ? "" : money.currency().getCurrencyCode();
    }

    private static String text(UUID id) {
        return id == null ? "" : id.toString();
    }

    /** The columns every fact shares: which event, when, and where in the stream. */
    private static final class Event {
        final String id;
        final String occurredAt;
        final String day;
        final long position;

        Event(EventMessage<?> message) {
            this.id = message.getIdentifier();
            this.occurredAt = DATE_TIME.format(message.getTimestamp());
            this.day = DATE.format(message.getTimestamp());
            this.position = message instanceof TrackedEventMessage<?> tracked
                    ? tracked.trackingToken().position().orElse(0) : 0;
        }
    }
}
