package io.ultramarket.commerce.schemas;

import io.ultramarket.commerce.schemas.cart.CartCheckedOut;
import io.ultramarket.commerce.schemas.cart.CartCreated;
import io.ultramarket.commerce.schemas.cart.ItemAddedToCart;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ultramarket.commerce.schemas.common.Address;
import io.ultramarket.commerce.schemas.common.EventUpcasters;
import io.ultramarket.commerce.schemas.common.OrderLine;
import io.ultramarket.commerce.schemas.common.PaymentMethod;
import io.ultramarket.commerce.schemas.common.Money;
import io.ultramarket.commerce.schemas.common.PriceQuote;
import io.ultramarket.commerce.schemas.common.Quantity;
import io.ultramarket.commerce.schemas.common.Sku;
import io.ultramarket.commerce.schemas.customer.CustomerDetailsChanged;
import io.ultramarket.commerce.schemas.customer.CustomerRegistered;
import io.ultramarket.commerce.schemas.catalog.CategoryPath;
import io.ultramarket.commerce.schemas.catalog.ProductCreated;
import io.ultramarket.commerce.schemas.order.OrderPlaced;
import io.ultramarket.commerce.schemas.order.OrderReturned;
import io.ultramarket.commerce.schemas.payment.PaymentVoided;
import io.ultramarket.commerce.schemas.totals.Destination;
import io.ultramarket.commerce.schemas.totals.ShippingQuote;
import io.ultramarket.commerce.schemas.totals.TaxCategory;
import io.ultramarket.commerce.schemas.totals.TaxRate;
import io.ultramarket.commerce.schemas.totals.Totals;
import org.axonframework.eventhandling.DomainEventData;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.serialization.upcasting.event.EventUpcasterChain;
import org.axonframework.serialization.upcasting.event.InitialEventRepresentation;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.Revision;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Events stored in an older revision are read, through Axon's upcaster chain, as today's records. */
class UpcastersTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final JacksonSerializer serializer = JacksonSerializer.defaultSerializer();
    private final EventUpcasterChain upcasters = EventUpcasters.chain();

    @Test
    void aCartCreatedInRevision1IsACustomersCart() {
        UUID cartId = UUID.randomUUID();
        UUID customerId = UUID.randomUUID();
        String revision1 = "{\"cartId\":\"" + cartId + "\",\"customerId\":\"" + customerId + "\"}";

        Object created = read("Cart", cartId, CartCreated.class, revision1);

        assertThat(created).isEqualTo(new CartCreated(cartId, customerId, false, null));
    }

    @Test
    void aCartCreatedInRevision2ChoseNoCurrency() {
        UUID cartId = UUID.randomUUID();
        UUID guestId = UUID.randomUUID();
        String revision2 = "{\"cartId\":\"" + cartId + "\",\"customerId\":\"" + guestId + "\",\"guest\":true}";

        Object created = readRevision("Cart", cartId, CartCreated.class, "2", revision2);

        assertThat(created).isEqualTo(new CartCreated(cartId, guestId, true, null));
    }

    @Test
    void anItemAddedInRevision1WasPricedByTheClient() {
        UUID cartId = UUID.randomUUID();
        String revision1 = "{\"cartId\":\"" + cartId + "\",\"sku\":\"MUG-1\",\"quantity\":2,\"lineQuantity\":3,"
                + "\"unitPrice\":{\"amount\":\"0.01\",\"currency\":\"EUR\"}}";

        Object added = read("Cart", cartId, ItemAddedToCart.class, revision1);

        assertThat(added).isEqualTo(new ItemAddedToCart(cartId, new Sku("MUG-1"), Quantity.of(2), Quantity.of(3),
                Money.of("0.01", "EUR"), ItemAddedToCart.CLIENT_PRICES));
    }

    @Test
    void aCheckoutOfRevision1QuotesEachLineAtItsCartPrice() {
        UUID cartId = UUID.randomUUID();
        String revision1 = "{\"cartId\":\"" + cartId + "\",\"orderId\":\"" + UUID.randomUUID() + "\",\"customerId\":\""
                + UUID.randomUUID() + "\",\"lines\":[{\"sku\":\"MUG-1\",\"quantity\":2,"
                + "\"unitPrice\":{\"amount\":\"9.90\",\"currency\":\"EUR\"}}],"
                + "\"total\":{\"amount\":\"19.80\",\"currency\":\"EUR\"},\"shippingAddress\":null,"
                + "\"shippingOption\":\"standard\",\"paymentMethod\":null}";

        CartCheckedOut checkedOut = (CartCheckedOut) read("Cart", cartId, CartCheckedOut.class, revision1);

        assertThat(checkedOut.prices()).containsExactly(
                new PriceQuote(new Sku("MUG-1"), Money.of("9.90", "EUR"), CartCheckedOut.CART_PRICES));
        assertThat(checkedOut.total()).isEqualTo(Money.of("19.80", "EUR"));
        assertThat(checkedOut.totals().total()).as("charged then: the lines, untaxed, no shipping fee")
                .isEqualTo(Money.of("19.80", "EUR"));
        assertThat(checkedOut.totals().taxes()).isEmpty();
        assertThat(checkedOut.totals().shipping().fee()).isEqualTo(Money.of("0.00", "EUR"));
    }

    @Test
    void anOrderPlacedInRevision1CostsItsLinesUntaxedWithoutAShippingFee() {
        UUID orderId = UUID.randomUUID();
        String revision1 = "{\"orderId\":\"" + orderId + "\",\"cartId\":\"" + UUID.randomUUID() + "\",\"customerId\":\""
                + UUID.randomUUID() + "\",\"lines\":[{\"sku\":\"MUG-1\",\"quantity\":3,"
                + "\"unitPrice\":{\"amount\":\"9.99\",\"currency\":\"EUR\"}}],"
                + "\"total\":{\"amount\":\"29.97\",\"currency\":\"EUR\"},\"shippingAddress\":null,"
                + "\"shippingOption\":\"standard\",\"paymentMethod\":null}";

        OrderPlaced placed = (OrderPlaced) read("Order", orderId, OrderPlaced.class, revision1);

        assertThat(placed.totals().subtotal()).isEqualTo(Money.of("29.97", "EUR"));
        assertThat(placed.totals().taxTotal()).isEqualTo(Money.of("0.00", "EUR"));
        assertThat(placed.totals().total()).isEqualTo(placed.total());
        assertThat(placed.totals().lines().get(0).net()).isEqualTo(Money.of("29.97", "EUR"));
        assertThat(placed.totals().destination()).as("not known then").isNull();
    }

    @Test
    void aReturnOfRevision2DoesNotKnowItsTax() {
        UUID orderId = UUID.randomUUID();
        String revision2 = "{\"orderId\":\"" + orderId + "\",\"returnId\":\"" + UUID.randomUUID() + "\",\"lines\":"
                + "[{\"sku\":\"MUG-1\",\"quantity\":1}],\"refund\":{\"amount\":\"9.99\",\"currency\":\"EUR\"},"
                + "\"reason\":\"too small\",\"complete\":false}";

        OrderReturned returned = (OrderReturned) readRevision("Order", orderId, OrderReturned.class, "2", revision2);

        assertThat(returned.refund()).isEqualTo(Money.of("9.99", "EUR"));
        assertThat(returned.tax()).isNull();
    }

    @Test
    void aWholeOrderReturnOfRevision1IsACompleteReturnWithAStableId() {
        UUID orderId = UUID.randomUUID();
        String revision1 = "{\"orderId\":\"" + orderId + "\",\"reason\":\"too small\"}";

        OrderReturned first = (OrderReturned) read("Order", orderId, OrderReturned.class, revision1);
        OrderReturned second = (OrderReturned) read("Order", orderId, OrderReturned.class, revision1);

        assertThat(first.orderId()).isEqualTo(orderId);
        assertThat(first.reason()).isEqualTo("too small");
        assertThat(first.complete()).isTrue();
        assertThat(first.lines()).isEmpty();
        assertThat(first.refund()).isNull();
        assertThat(first.returnId()).isNotNull().isEqualTo(second.returnId());
    }

    @Test
    void aVoidOfRevision1NamesNoProviderReference() {
        UUID paymentId = UUID.randomUUID();
        UUID orderId = UUID.randomUUID();
        String revision1 = "{\"paymentId\":\"" + paymentId + "\",\"orderId\":\"" + orderId + "\",\"reason\":\"cancelled\"}";

        PaymentVoided voided = (PaymentVoided) read("Payment", paymentId, PaymentVoided.class, revision1);

        assertThat(voided).isEqualTo(new PaymentVoided(paymentId, orderId, "cancelled", null));
    }

    @Test
    void aCustomerRegisteredOrChangedInRevision1HasNoLanguage() {
        UUID customerId = UUID.randomUUID();
        String registered = "{\"customerId\":\"" + customerId + "\",\"subject\":\"ada\",\"email\":\"ada@example.com\",\"name\":\"Ada\"}";
        String changed = "{\"customerId\":\"" + customerId + "\",\"email\":\"ada@lovelace.example\",\"name\":null}";

        assertThat(read("Customer", customerId, CustomerRegistered.class, registered))
                .isEqualTo(new CustomerRegistered(customerId, "ada", "ada@example.com", "Ada", null));
        assertThat(read("Customer", customerId, CustomerDetailsChanged.class, changed))
                .isEqualTo(new CustomerDetailsChanged(customerId, "ada@lovelace.example", null, null));
    }

    @Test
    void aProductCreatedInRevision1HasNoTaxCategoryOfItsOwnAndFollowsItsCatalogCategory() {
        UUID productId = UUID.randomUUID();
        String revision1 = "{\"productId\":\"" + productId + "\",\"name\":\"Novel\",\"description\":\"\","
                + "\"category\":\"books/novels\",\"variants\":[{\"sku\":\"NOVEL-1\","
                + "\"price\":{\"amount\":\"12.00\",\"currency\":\"EUR\"},\"attributes\":{}}]}";

        ProductCreated created = (ProductCreated) read("Product", productId, ProductCreated.class, revision1);

        assertThat(created.taxCategory()).isNull();
        assertThat(created.category()).isEqualTo(CategoryPath.of("books/novels"));
    }

    @Test
    void anOrderPlacedInRevision2NamesNoTaxExemptionAndKeepsItsTotals() throws Exception {
        UUID orderId = UUID.randomUUID();
        List<OrderLine> lines = List.of(new OrderLine(Sku.of("MUG-1"), Quantity.of(3), Money.of("9.99", "EUR")));
        TaxRate vat = new TaxRate("DE", TaxCategory.STANDARD, new BigDecimal("19"), true);
        Totals totals = Totals.of(lines, Map.of(Sku.of("MUG-1"), vat),
                new ShippingQuote("parcelpost:express", Money.of("9.90", "EUR"), Destination.of("DE"), 3, vat));
        OrderPlaced placed = new OrderPlaced(orderId, orderId, orderId, lines, totals.total(),
                new Address("Ada Lovelace", "Main Street 1", null, "10115", "Berlin", "DE"), "parcelpost:express",
                new PaymentMethod("card", "tok_visa"), totals);
        ObjectNode revision2 = (ObjectNode) JSON.valueToTree(placed);
        ((ObjectNode) revision2.get("totals")).remove("taxExemption");

        Object read = readRevision("Order", orderId, OrderPlaced.class, "2", JSON.writeValueAsString(revision2));

        assertThat(read).isEqualTo(placed);
        assertThat(((OrderPlaced) read).totals().taxExemption()).isNull();
    }

    @Test
    void theCurrentRevisionPassesUnchanged() {
        UUID paymentId = UUID.randomUUID();
        UUID orderId = UUID.randomUUID();
        String revision2 = "{\"paymentId\":\"" + paymentId + "\",\"orderId\":\"" + orderId
                + "\",\"reason\":\"cancelled\",\"providerReference\":\"pi_123\"}";

        Object voided = readRevision("Payment", paymentId, PaymentVoided.class, "2", revision2);

        assertThat(voided).isEqualTo(new PaymentVoided(paymentId, orderId, "cancelled", "pi_123"));
    }

    private Object read(String aggregateType, UUID aggregateId, Class<?> payloadType, String payload) {
        return readRevision(aggregateType, aggregateId, payloadType, "1", payload);
    }

    private Object readRevision(String aggregateType, UUID aggregateId, Class<?> payloadType, String revision,
                                String payload) {
        DomainEventData<byte[]> stored = new GenericDomainEventEntry<>(aggregateType, aggregateId.toString(), 0,
                UUID.randomUUID().toString(), Instant.now(), payloadType.getName(), revision,
                payload.getBytes(StandardCharsets.UTF_8), "{}".getBytes(StandardCharsets.UTF_8));
        IntermediateEventRepresentation upcast = upcasters
                .upcast(Stream.of(new InitialEventRepresentation(stored, serializer)))
                .findFirst().orElseThrow();
        assertThat(upcast.getType().getRevision()).isEqualTo(payloadType.getAnnotation(Revision.class).value());
        return serializer.deserialize(upcast.getData());
    }
}
