package io.ultramarket.commerce.personaldata;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ultramarket.commerce.schemas.cart.CartCheckedOut;
import io.ultramarket.commerce.schemas.common.Address;
import io.ultramarket.commerce.schemas.common.CommerceMetadata;
import io.ultramarket.commerce.schemas.common.Money;
import io.ultramarket.commerce.schemas.common.OrderLine;
import io.ultramarket.commerce.schemas.common.PaymentMethod;
import io.ultramarket.commerce.schemas.payment.PaymentRequested;
import io.ultramarket.commerce.schemas.common.PersonalData;
import io.ultramarket.commerce.schemas.common.Quantity;
import io.ultramarket.commerce.schemas.common.Sku;
import io.ultramarket.commerce.schemas.common.WarehouseId;
import io.ultramarket.commerce.schemas.customer.CustomerRegistered;
import io.ultramarket.commerce.schemas.customer.CustomerTaxExemptionGranted;
import io.ultramarket.commerce.schemas.order.OrderShipmentRequested;
import io.ultramarket.commerce.schemas.stock.StockItemId;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.UnknownSerializedType;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What the event store receives for a personal field, what it gives back, and what it gives back once erased. */
class PersonalDataSerializerTest {

    private static final Address HOME = new Address("Ada Lovelace", "Analytical Row 1", "Flat 2", "10115", "Berlin", "DE");
    private static final List<OrderLine> ONE_MUG = List.of(new OrderLine(Sku.of("MUG-BLUE"), Quantity.of(1), Money.of("9.90", "EUR")));

    private final ObjectMapper axonJson = new ObjectMapper().setVisibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.ANY);
    private final KeysHeldInMemory keys = new KeysHeldInMemory();
    private final PersonalDataCipher cipher = new PersonalDataCipher(keys, new ObjectMapper(), Duration.ofMinutes(1));
    private final Serializer serializer = new PersonalDataSerializer(
            JacksonSerializer.builder().objectMapper(axonJson).build(), () -> cipher);

    @Test
    void aPersonalTextIsStoredAsAnEnvelopeUnderItsSubjectsKey() throws Exception {
        UUID customerId = UUID.randomUUID();
        var registered = new CustomerRegistered(customerId, "sub-1", "ada@example.com", "Ada Lovelace", "en");

        JsonNode stored = axonJson.readTree(serializer.serialize(registered, byte[].class).getData());

        JsonNode email = stored.get("email");
        assertThat(email.get("enc").asText()).isEqualTo("v1");
        assertThat(email.get("kid").asText()).isEqualTo(keys.current(customerId).kid().toString());
        assertThat(stored.toString()).doesNotContain("ada@example.com", "Ada Lovelace");
        // What is not personal stays readable: the ids, the language.
        assertThat(stored.get("customerId").asText()).isEqualTo(customerId.toString());
        assertThat(stored.get("language").asText()).isEqualTo("en");
    }

    @Test
    void aTaxExemptionsEvidenceIsSealedUnderTheCustomersKeyAndReadsBack() throws Exception {
        UUID customerId = UUID.randomUUID();
        var granted = new CustomerTaxExemptionGranted(customerId, "VAT id DE123456789, valid in VIES");

        JsonNode stored = axonJson.readTree(serializer.serialize(granted, byte[].class).getData());

        assertThat(stored.get("evidence").get("kid").asText()).isEqualTo(keys.current(customerId).kid().toString());
        assertThat(stored.toString()).doesNotContain("DE123456789");
        assertThat(roundTrip(granted)).isEqualTo(granted);
    }

    @Test
    void aStoredEventReadsBackAsItWasWritten() {
        var registered = new CustomerRegistered(UUID.randomUUID(), "sub-1", "ada@example.com", "Ada Lovelace", null);

        assertThat(roundTrip(registered)).isEqualTo(registered);
    }

    @Test
    void twoSealsOfOneValueDiffer() throws Exception {
        var registered = new CustomerRegistered(UUID.randomUUID(), "sub-1", "ada@example.com", "Ada Lovelace", null);

        JsonNode first = axonJson.readTree(serializer.serialize(registered, byte[].class).getData());
        JsonNode second = axonJson.readTree(serializer.serialize(registered, byte[].class).getData());

        assertThat(first.get("email").get("ct")).isNotEqualTo(second.get("email").get("ct"));
    }

    @Test
    void anAddressHasItsPersonalPartsSealedOneByOneAndKeepsItsCountry() throws Exception {
        UUID orderId = UUID.randomUUID();
        var requested = new OrderShipmentRequested(orderId, "standard", HOME, 2);

        JsonNode destination = axonJson.readTree(serializer.serialize(requested, byte[].class).getData()).get("destination");

        for (String part : List.of("recipient", "line1", "line2", "postalCode", "city")) {
            assertThat(PersonalDataCipher.isEnvelope(destination.get(part))).as(part).isTrue();
        }
        assertThat(destination.get("country").asText()).isEqualTo("DE");
        assertThat(roundTrip(requested)).isEqualTo(requested);
    }

    @Test
    void onceTheKeyIsDestroyedEveryPersonalFieldReadsErasedAndTheRestAsStored() {
        UUID customerId = UUID.randomUUID();
        UUID cartId = UUID.randomUUID();
        var checkedOut = new CartCheckedOut(cartId, UUID.randomUUID(), customerId, ONE_MUG, Money.of("9.90", "EUR"),
                HOME, "standard", new PaymentMethod("card", "tok_visa"), List.of(), null);
        SerializedObject<byte[]> stored = serializer.serialize(checkedOut, byte[].class);

        keys.destroy(List.of(customerId));
        cipher.forget(List.of(customerId), List.of());
        CartCheckedOut read = serializer.deserialize(stored);

        String erased = PersonalData.ERASED;
        assertThat(read.shippingAddress()).isEqualTo(new Address(erased, erased, erased, erased, erased, "DE"));
        assertThat(read.paymentMethod()).isEqualTo(new PaymentMethod("card", erased));
        assertThat(read.cartId()).isEqualTo(cartId);
        assertThat(read.customerId()).isEqualTo(customerId);
        assertThat(read.total()).isEqualTo(checkedOut.total());
    }

    /** The provider's token can pay with the card: sealed under the order's key (ADR 0073), the method's type readable. */
    @Test
    void aPaymentRequestsCardTokenIsSealedUnderTheOrdersKey() throws Exception {
        UUID orderId = UUID.randomUUID();
        var requested = new PaymentRequested(UUID.randomUUID(), orderId, Money.of("9.90", "EUR"), new PaymentMethod("card", "tok_visa"));

        JsonNode method = axonJson.readTree(serializer.serialize(requested, byte[].class).getData()).get("method");

        assertThat(method.get("token").get("kid").asText()).isEqualTo(keys.current(orderId).kid().toString());
        assertThat(method.toString()).doesNotContain("tok_visa");
        assertThat(method.get("type").asText()).isEqualTo("card");
        assertThat(roundTrip(requested)).isEqualTo(requested);
    }

    @Test
    void aGuestsCheckoutIsSealedUnderTheCartId() throws Exception {
        UUID cartId = UUID.randomUUID();
        var checkedOut = new CartCheckedOut(cartId, UUID.randomUUID(), null, ONE_MUG, Money.of("9.90", "EUR"),
                HOME, "standard", new PaymentMethod("card", "tok_visa"), List.of(), null);

        JsonNode stored = axonJson.readTree(serializer.serialize(checkedOut, byte[].class).getData());

        assertThat(stored.get("shippingAddress").get("city").get("kid").asText())
                .isEqualTo(keys.current(cartId).kid().toString());
    }

    @Test
    void anEnvelopeChangedInTheStoreDoesNotOpen() throws Exception {
        var registered = new CustomerRegistered(UUID.randomUUID(), "sub-1", "ada@example.com", "Ada Lovelace", null);
        JsonNode stored = axonJson.readTree(serializer.serialize(registered, byte[].class).getData());
        ObjectNode email = (ObjectNode) stored.get("email");
        byte[] sealed = Base64.getDecoder().decode(email.get("ct").asText());
        sealed[sealed.length - 1] ^= 1;
        email.put("ct", Base64.getEncoder().encodeToString(sealed));

        assertThatThrownBy(() -> cipher.open(email)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("does not decrypt");
    }

    @Test
    void thePrincipalsDisplayNameInTheMetadataIsSealedUnderTheirCustomerId() throws Exception {
        UUID customerId = UUID.randomUUID();
        MetaData metaData = MetaData.with(CommerceMetadata.PRINCIPAL, customerId.toString())
                .and(CommerceMetadata.PRINCIPAL_NAME, "ada.lovelace").and(CommerceMetadata.CORRELATION_ID, "c-1");

        SerializedObject<byte[]> stored = serializer.serialize(metaData, byte[].class);

        JsonNode tree = axonJson.readTree(stored.getData());
        assertThat(tree.get(CommerceMetadata.PRINCIPAL_NAME).get("kid").asText())
                .isEqualTo(keys.current(customerId).kid().toString());
        assertThat(tree.get(CommerceMetadata.CORRELATION_ID).asText()).isEqualTo("c-1");
        assertThat((MetaData) serializer.deserialize(stored)).isEqualTo(metaData);
    }

    @Test
    void keysAreCachedBetweenReads() {
        var registered = new CustomerRegistered(UUID.randomUUID(), "sub-1", "ada@example.com", "Ada Lovelace", null);
        SerializedObject<byte[]> stored = serializer.serialize(registered, byte[].class);

        serializer.deserialize(stored);
        serializer.deserialize(stored);

        assertThat(keys.lookups).isEqualTo(1);
    }

    @Test
    void aClassWithoutPersonalFieldsPassesThroughUntouched() throws Exception {
        var id = new StockItemId(new Sku("MUG-1"), new WarehouseId("BER-1"));
        byte[] plain = JacksonSerializer.builder().objectMapper(axonJson).build().serialize(id, byte[].class).getData();

        assertThat(serializer.serialize(id, byte[].class).getData()).isEqualTo(plain);
    }

    @Test
    void aStoredTypeNameResolvesToItsClassEachTimeAndAnUnknownOneToAxonsUnknownType() {
        var known = new SimpleSerializedType(StockItemId.class.getName(), null);
        var unknown = new SimpleSerializedType("io.ultramarket.commerce.schemas.stock.StockItemRetired", "1");

        assertThat(serializer.classForType(known)).isEqualTo(StockItemId.class);
        assertThat(serializer.classForType(known)).as("from memory").isEqualTo(StockItemId.class);
        assertThat(serializer.classForType(unknown)).isEqualTo(UnknownSerializedType.class);
        assertThat(serializer.classForType(unknown)).isEqualTo(UnknownSerializedType.class);
    }

    /** Personal data that could not read as the erased text is refused when its class is first met. */
    @Test
    void onlyTextOrARecordOfPersonalTextsMayBeMarked() {
        assertThatThrownBy(() -> PersonalFields.holdsPersonalData(MarkedNumber.class))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("MarkedNumber.age");
    }

    record MarkedNumber(UUID customerId, @PersonalData(subject = "customerId") int age) {
    }

    @SuppressWarnings("unchecked")
    private <T> T roundTrip(T event) {
        return (T) serializer.deserialize(serializer.serialize(event, byte[].class));
    }
}
