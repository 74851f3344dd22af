package io.ultramarket.commerce.admin;

import io.ultramarket.commerce.schemas.cart.AddItemToCart;
import io.ultramarket.commerce.schemas.cart.ChangeCartItemQuantity;
import io.ultramarket.commerce.schemas.cart.CreateCart;
import io.ultramarket.commerce.schemas.cart.RemoveItemFromCart;
import io.ultramarket.commerce.schemas.common.Address;
import io.ultramarket.commerce.schemas.common.Money;
import io.ultramarket.commerce.schemas.common.PriceQuote;
import io.ultramarket.commerce.schemas.common.OrderLine;
import io.ultramarket.commerce.schemas.common.PaymentMethod;
import io.ultramarket.commerce.schemas.common.Quantity;
import io.ultramarket.commerce.schemas.common.Sku;
import io.ultramarket.commerce.schemas.order.CancelOrder;
import io.ultramarket.commerce.schemas.order.ConfirmOrder;
import io.ultramarket.commerce.schemas.order.MarkOrderDelivered;
import io.ultramarket.commerce.schemas.order.PlaceOrder;
import io.ultramarket.commerce.schemas.order.ShipOrder;
import io.ultramarket.commerce.schemas.payment.CapturePayment;
import io.ultramarket.commerce.schemas.payment.PaymentAuthorized;
import io.ultramarket.commerce.schemas.payment.RefundPayment;
import io.ultramarket.commerce.schemas.payment.RequestPayment;
import io.ultramarket.commerce.schemas.stock.ReceiveStock;
import io.ultramarket.commerce.schemas.stock.RegisterStockItem;
import io.ultramarket.commerce.schemas.stock.ReserveStock;
import io.ultramarket.commerce.schemas.stock.StockItemId;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;

import java.time.Duration;
import java.util.Currency;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;

import static org.awaitility.Awaitility.await;

/**
 * A busy shop's history, written through the command bus from several threads at once, so that events of
 * many aggregates interleave in the store: stock movements, carts changed, orders placed from them and
 * confirmed, shipped, delivered or cancelled, and their payments captured and partly refunded. The orders
 * are placed by hand rather than by checking the carts out: a checkout starts the checkout saga, which
 * would move the orders on by itself while this history is being written and replayed.
 */
class CommerceHistory {

    private static final Address ADDRESS = new Address("Ada Lovelace", "Main Street 1", null, "10115", "Berlin", "DE");
    private static final PaymentMethod CARD = new PaymentMethod("card", "tok_visa");

    private static final Duration AUTHORIZATION_PATIENCE = Duration.ofSeconds(30);

    private final CommandGateway commands;
    private final EventStore events;

    CommerceHistory(CommandGateway commands, EventStore events) {
        this.commands = commands;
        this.events = events;
    }

    /** The ids a reader can ask for while the history is replayed. */
    record Sample(String sku, UUID customerId, UUID cartId, UUID orderId) {
    }

    Sample write(int skus, int stockEventsPerSku, int customers, int cartsPerCustomer) throws Exception {
        List<UUID> customerIds = IntStream.range(0, customers).mapToObj(index -> UUID.randomUUID()).toList();
        List<Checkout> checkouts = customerIds.stream()
                .flatMap(customer -> IntStream.range(0, cartsPerCustomer)
                        .mapToObj(index -> new Checkout(customer, UUID.randomUUID(), UUID.randomUUID(), index)))
                .toList();
        ExecutorService writers = Executors.newFixedThreadPool(8);
        try {
            inParallel(writers, IntStream.range(0, skus).mapToObj(sku -> (Runnable) () -> stock(sku, stockEventsPerSku)).toList());
            inParallel(writers, checkouts.stream().map(checkout -> (Runnable) () -> cart(checkout)).toList());
            inParallel(writers, checkouts.stream().map(checkout -> (Runnable) () -> orderLife(checkout)).toList());
        } finally {
            writers.shutdown();
        }
        Checkout sample = checkouts.get(0);
        return new Sample("REPLAY-0", sample.customerId(), sample.cartId(), sample.orderId());
    }

    private void stock(int sku, int eventsPerSku) {
        var id = StockItemId.of("REPLAY-" + sku, "BER-1");
        commands.sendAndWait(new RegisterStockItem(id, 5));
        IntStream.range(0, eventsPerSku).forEach(event -> commands.sendAndWait(event % 3 == 0
                ? new ReserveStock(id, UUID.randomUUID(), Quantity.of(1))
                : new ReceiveStock(id, Quantity.of(2), "receipt-" + event)));
    }

    private void addItem(UUID cartId, String sku, int quantity, String eur) {
        commands.sendAndWait(new AddItemToCart(cartId, Sku.of(sku), Quantity.of(quantity),
                PriceQuote.fromCatalog(Sku.of(sku), Money.of(eur, "EUR"))));
    }

    private void cart(Checkout checkout) {
        UUID cartId = checkout.cartId();
        commands.sendAndWait(new CreateCart(cartId, checkout.customerId(), Currency.getInstance("EUR")));
        addItem(cartId, "MUG-BLUE", 2, "9.90");
        addItem(cartId, "TEE-RED-M", 1, "19.00");
        addItem(cartId, "LAMP-01", 1, "35.00");
        commands.sendAndWait(new ChangeCartItemQuantity(cartId, Sku.of("MUG-BLUE"), Quantity.of(1 + checkout.index() % 4)));
        commands.sendAndWait(new RemoveItemFromCart(cartId, Sku.of("LAMP-01")));
        if (checkout.checksOut()) {
            commands.sendAndWait(new PlaceOrder(checkout.orderId(), cartId, checkout.customerId(), List.of(
                    new OrderLine(Sku.of("MUG-BLUE"), Quantity.of(1 + checkout.index() % 4), Money.of("9.90", "EUR")),
                    new OrderLine(Sku.of("TEE-RED-M"), Quantity.of(1), Money.of("19.00", "EUR"))), ADDRESS, "parcelpost:standard", CARD, null));
        }
    }

    /** Orders go through different ends: delivered, delivered and partly refunded, or cancelled. */
    private void orderLife(Checkout checkout) {
        if (!checkout.checksOut()) {
            return;
        }
        UUID orderId = checkout.orderId();
        Money total = Money.of("9.90", "EUR").times(1 + checkout.index() % 4).plus(Money.of("19.00", "EUR"));
        UUID paymentId = UUID.randomUUID();
        commands.sendAndWait(new RequestPayment(paymentId, orderId, total, CARD));
        awaitAuthorization(paymentId);
        if (checkout.index() % 5 == 3) {
            commands.sendAndWait(new CancelOrder(orderId, "customer changed their mind"));
            return;
        }
        commands.sendAndWait(new CapturePayment(paymentId, total));
        commands.sendAndWait(new ConfirmOrder(orderId));
        commands.sendAndWait(new ShipOrder(orderId, "DHL", "JD" + orderId.toString().substring(0, 8)));
        commands.sendAndWait(new MarkOrderDelivered(orderId, "DHL", "JD" + orderId.toString().substring(0, 8)));
        if (checkout.index() % 5 == 2) {
            commands.sendAndWait(new RefundPayment(paymentId, UUID.randomUUID(), Money.of("19.00", "EUR"), "tee returned"));
        }
    }

    /**
     * The payment relay asks the provider (the simulated one) as soon as the payment is requested; its answer
     * is the authorization. Sending one here as well would race the relay's.
     */
    private void awaitAuthorization(UUID paymentId) {
        await().atMost(AUTHORIZATION_PATIENCE).until(() -> events.readEvents(paymentId.toString()).asStream()
                .anyMatch(event -> event.getPayload() instanceof PaymentAuthorized));
    }

    private static void inParallel(ExecutorService writers, List<Runnable> work) throws Exception {
        CompletableFuture.allOf(work.stream().map(task -> CompletableFuture.runAsync(task, writers))
                .toArray(CompletableFuture[]::new)).get();
    }

    /** The {@code index}-th cart of a customer, and the order it becomes. */
    private record Checkout(UUID customerId, UUID cartId, UUID orderId, int index) {

        /** Every fifth cart gets no order. */
        boolean checksOut() {
            return index % 5 != 4;
        }
    }
}
