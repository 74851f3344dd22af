package io.ultramarket.commerce.schemas;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.ultramarket.commerce.schemas.cart.CartCheckedOut;
import io.ultramarket.commerce.schemas.cart.CartCreated;
import io.ultramarket.commerce.schemas.cart.CartDestinationSelected;
import io.ultramarket.commerce.schemas.cart.CartEvent;
import io.ultramarket.commerce.schemas.cart.ItemAddedToCart;
import io.ultramarket.commerce.schemas.catalog.CategoryPath;
import io.ultramarket.commerce.schemas.catalog.ProductCreated;
import io.ultramarket.commerce.schemas.catalog.ProductVariant;
import io.ultramarket.commerce.schemas.catalog.VariantPrice;
import io.ultramarket.commerce.schemas.catalog.VariantPriceRemoved;
import io.ultramarket.commerce.schemas.catalog.VariantPriceListed;
import io.ultramarket.commerce.schemas.common.CustomerGroup;
import io.ultramarket.commerce.schemas.customer.CustomerAddressAdded;
import io.ultramarket.commerce.schemas.customer.CustomerDetailsChanged;
import io.ultramarket.commerce.schemas.customer.CustomerGroupChanged;
import io.ultramarket.commerce.schemas.customer.CustomerRegistered;
import io.ultramarket.commerce.schemas.customer.CustomerTaxExemptionGranted;
import io.ultramarket.commerce.schemas.customer.CustomerTaxExemptionRevoked;
import io.ultramarket.commerce.schemas.catalog.ProductTaxCategoryChanged;
import io.ultramarket.commerce.schemas.common.Address;
import io.ultramarket.commerce.schemas.common.Money;
import io.ultramarket.commerce.schemas.common.OrderLine;
import io.ultramarket.commerce.schemas.common.PaymentMethod;
import io.ultramarket.commerce.schemas.common.PriceQuote;
import io.ultramarket.commerce.schemas.common.PublishedForm;
import io.ultramarket.commerce.schemas.common.Quantity;
import io.ultramarket.commerce.schemas.common.Sku;
import io.ultramarket.commerce.schemas.order.OrderPlaced;
import io.ultramarket.commerce.schemas.order.OrderReturned;
import io.ultramarket.commerce.schemas.order.OrderReviewRequested;
import io.ultramarket.commerce.schemas.order.OrderShipmentRequested;
import io.ultramarket.commerce.schemas.order.ReturnedLine;
import io.ultramarket.commerce.schemas.payment.PaymentCaptureRequested;
import io.ultramarket.commerce.schemas.payment.PaymentRefundRequested;
import io.ultramarket.commerce.schemas.payment.PaymentRefunded;
import io.ultramarket.commerce.schemas.payment.PaymentRequested;
import io.ultramarket.commerce.schemas.payment.PaymentVoided;
import io.ultramarket.commerce.schemas.promotion.CouponCode;
import io.ultramarket.commerce.schemas.promotion.ItemSelection;
import io.ultramarket.commerce.schemas.promotion.PromotionCreated;
import io.ultramarket.commerce.schemas.promotion.PromotionOffer;
import io.ultramarket.commerce.schemas.promotion.PromotionRedeemed;
import io.ultramarket.commerce.schemas.promotion.PromotionTerms;
import io.ultramarket.commerce.schemas.promotion.PromotionTermsChanged;
import io.ultramarket.commerce.schemas.promotion.UsageLimits;
import io.ultramarket.commerce.schemas.promotion.ValidityWindow;
import io.ultramarket.commerce.schemas.productreview.ProductReviewSubmitted;
import io.ultramarket.commerce.schemas.stock.StockAdjusted;
import io.ultramarket.commerce.schemas.stock.StockItemId;
import io.ultramarket.commerce.schemas.stock.StockReceived;
import io.ultramarket.commerce.schemas.totals.Destination;
import io.ultramarket.commerce.schemas.totals.ShippingQuote;
import io.ultramarket.commerce.schemas.totals.TaxCategory;
import io.ultramarket.commerce.schemas.totals.TaxExemption;
import io.ultramarket.commerce.schemas.totals.TaxRate;
import io.ultramarket.commerce.schemas.totals.Totals;
import org.axonframework.serialization.Revision;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every event of the contract is published to Kafka, so every event needs a JSON Schema, at
 * {@code schemas/json/<package>/<EventName>.v<revision>.json}. The events are found by scanning the compiled
 * contract for records with {@code @Revision}, so an event added later (the catalog's) fails here until it
 * has its schema.
 */
class IntegrationEventSchemasTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern SCHEMA_PATH = Pattern.compile("^(schemas/json/[^/]+/[^/.]+)\\.v(\\d+)\\.json$");

    @Test
    void everyEventHasAJsonSchemaWhosePropertiesAreItsFields() {
        List<Class<?>> events = eventTypes();
        assertThat(events).hasSizeGreaterThanOrEqualTo(23).allSatisfy(event -> {
            JsonNode schema = schemaOf(event);
            assertThat(schema).as("schema of %s at %s", event.getSimpleName(), pathOf(event)).isNotNull();
            Set<String> properties = new HashSet<>();
            schema.get("properties").fieldNames().forEachRemaining(properties::add);
            Set<String> fields = new HashSet<>();
            Arrays.stream(event.getRecordComponents()).forEach(component -> fields.add(component.getName()));
            assertThat(properties).as("properties of %s", pathOf(event)).isEqualTo(fields);
            assertThat(schema.get("additionalProperties").asBoolean(true)).as("%s is closed", pathOf(event)).isFalse();
        });
    }

    /**
     * A schema belongs to an event's current revision, or to an older revision of an event that has a newer
     * one: records published under the older revision stay on the topics, so their schema stays published.
     */
    @Test
    void everySchemaIsValidDraft2020_12AndBelongsToAnEvent() throws IOException, URISyntaxException {
        Path root = Path.of(IntegrationEventSchemasTest.class.getResource("/schemas/json").toURI());
        List<Class<?>> events = eventTypes();
        Set<String> current = new HashSet<>(events.stream().map(IntegrationEventSchemasTest::pathOf).toList());
        try (Stream<Path> files = Files.walk(root)) {
            List<String> schemas = files.filter(file -> file.toString().endsWith(".json"))
                    .map(file -> "schemas/json/" + root.relativize(file).toString().replace('\\', '/')).toList();
            assertThat(schemas).allSatisfy(path -> {
                assertThat(current.contains(path) || isOlderRevisionOfAnEvent(path, events))
                        .as("an event (or an event with a newer revision) for %s", path).isTrue();
                try (InputStream in = IntegrationEventSchemasTest.class.getClassLoader().getResourceAsStream(path)) {
                    JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in).initializeValidators();
                }
            });
            assertThat(schemas).containsAll(current);
        }
    }

    /** {@code schemas/json/order/OrderReturned.v1.json} while {@code OrderReturned} is at revision 2. */
    private static boolean isOlderRevisionOfAnEvent(String path, List<Class<?>> events) {
        Matcher schema = SCHEMA_PATH.matcher(path);
        return schema.matches() && events.stream().map(event -> SCHEMA_PATH.matcher(pathOf(event)))
                .filter(Matcher::matches)
                .anyMatch(event -> event.group(1).equals(schema.group(1))
                        && Integer.parseInt(schema.group(2)) < Integer.parseInt(event.group(2)));
    }

    /** Events with every kind of value object, published as the app writes them (nulls left out), fit their schemas. */
    @Test
    void eventsAsTheAppPublishesThemFitTheirSchemas() {
        ObjectMapper app = PublishedForm.of(new ObjectMapper().setSerializationInclusion(JsonInclude.Include.NON_NULL)
                .registerModule(new JavaTimeModule()).disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS));
        UUID id = UUID.fromString("7b0c6a2e-3f4d-4c1e-9a55-2d7f3c1b9e01");
        Address address = new Address("Ada Lovelace", "Main Street 1", null, "10115", "Berlin", "DE");
        List<OrderLine> lines = List.of(new OrderLine(Sku.of("MUG-BLUE"), Quantity.of(2), Money.of("9.90", "EUR")));
        PaymentMethod card = new PaymentMethod("card", "tok_visa");
        TaxRate vat = new TaxRate("DE", TaxCategory.STANDARD, new BigDecimal("19"), true);
        Totals taxed = Totals.of(lines, Map.of(Sku.of("MUG-BLUE"), vat),
                new ShippingQuote("parcelpost:express", Money.of("9.90", "EUR"), Destination.of("DE"), 2, vat));
        Totals exempt = Totals.of(lines, Map.of(Sku.of("MUG-BLUE"), vat),
                new ShippingQuote("parcelpost:express", Money.of("9.90", "EUR"), Destination.of("DE"), 2, vat), List.of(),
                TaxExemption.ofCustomer());
        Totals untaxed = Totals.of(lines, Map.of(),
                new ShippingQuote("parcelpost:standard", Money.of("4.90", "EUR"), new Destination("US", "NY"), 2, null));
        List<Object> samples = List.of(
                new CartDestinationSelected(id, new Destination("US", "NY")),
                new CartCheckedOut(id, id, id, lines, taxed.total(), address, "parcelpost:express", card,
                        List.of(PriceQuote.fromCatalog(Sku.of("MUG-BLUE"), Money.of("9.90", "EUR"))), taxed),
                new OrderPlaced(id, id, id, lines, taxed.total(), address, "parcelpost:express", card, taxed),
                new OrderPlaced(id, id, id, lines, untaxed.total(), address, "parcelpost:standard", card, untaxed),
                new OrderPlaced(id, id, id, lines, exempt.total(), address, "parcelpost:express", card, exempt),
                new CartCheckedOut(id, id, id, lines, exempt.total(), address, "parcelpost:express", card,
                        List.of(PriceQuote.fromCatalog(Sku.of("MUG-BLUE"), Money.of("9.90", "EUR"))), exempt),
                new CustomerTaxExemptionGranted(id, "VAT id DE123456789"),
                new CustomerTaxExemptionRevoked(id),
                new ProductTaxCategoryChanged(id, TaxCategory.REDUCED, null),
                new OrderReturned(id, id, List.of(new ReturnedLine(Sku.of("MUG-BLUE"), Quantity.of(1))),
                        Money.of("9.90", "EUR"), "too small", false, Money.of("1.58", "EUR")),
                new ItemAddedToCart(id, Sku.of("MUG-BLUE"), Quantity.of(2), Quantity.of(3), Money.of("9.90", "EUR"), "catalog"),
                new CartCheckedOut(id, id, id, lines, Money.of("19.80", "EUR"), address, "standard", card,
                        List.of(PriceQuote.fromCatalog(Sku.of("MUG-BLUE"), Money.of("9.90", "EUR"))), null),
                new OrderPlaced(id, id, id, lines, Money.of("19.80", "EUR"), address, "standard", card, null),
                new PaymentRefunded(id, id, id, Money.of("5.00", "EUR"), Money.of("5.00", "EUR"), "broken"),
                new StockReceived(StockItemId.of("MUG-BLUE", "BER-1"), Quantity.of(5), null, 15),
                new StockAdjusted(StockItemId.of("MUG-BLUE", "BER-1"), -2, "count", 13),
                new ProductCreated(id, "Mug", null, CategoryPath.of("kitchen/mugs"),
                        List.of(new ProductVariant(Sku.of("MUG-BLUE"), Money.of("9.90", "EUR"), Map.of("colour", "blue"))), TaxCategory.ZERO),
                new OrderReturned(id, id, List.of(new ReturnedLine(Sku.of("MUG-BLUE"), Quantity.of(1))),
                        Money.of("9.90", "EUR"), "too small", false, null),
                // as a revision-1 return is read today: whole order, no lines, no refund
                new OrderReturned(id, id, List.of(), null, "too small", true, null),
                new OrderShipmentRequested(id, "parcelpost:standard", address, 2),
                new CustomerRegistered(id, "ada", "ada@example.com", "Ada Lovelace", "en"),
                new CustomerAddressAdded(id, id, address),
                new PaymentRequested(id, id, Money.of("19.80", "EUR"), card),
                new OrderReviewRequested(id, 87, List.of("new customer", "high value")),
                new PaymentCaptureRequested(id, id, "pi_123", Money.of("19.80", "EUR")),
                new PaymentRefundRequested(id, id, id, "pi_123", Money.of("9.90", "EUR"), "too small"),
                new PaymentVoided(id, id, "provider did not answer", null),
                new PromotionCreated(id, CouponCode.of("summer-10"), new PromotionTerms("Summer", new PromotionOffer.PercentageOff(
                        BigDecimal.TEN, new ItemSelection(List.of(Sku.of("MUG-BLUE")), List.of(CategoryPath.of("kitchen"))))
                        , Money.of("50.00", "EUR"), new ValidityWindow(Instant.parse("2026-06-01T00:00:00Z"), null),
                        new UsageLimits(10, 1))),
                new PromotionTermsChanged(id, new PromotionTerms("Ship free", new PromotionOffer.FreeShipping(null), null, null, null)),
                new PromotionTermsChanged(id, new PromotionTerms("3 for 2", new PromotionOffer.BuyXGetY(2, 1, null), null, null, null)),
                new PromotionTermsChanged(id, new PromotionTerms("5 off", new PromotionOffer.AmountOff(Money.of("5.00", "EUR"), null),
                        null, null, null)),
                new PromotionRedeemed(id, id, id),
                new CartCreated(id, id, true, Currency.getInstance("JPY")),
                new VariantPriceListed(id, new VariantPrice(Sku.of("MUG-BLUE"), Money.of("8.50", "USD"), CustomerGroup.of("b2b"),
                        Instant.parse("2026-01-01T00:00:00Z"), Instant.parse("2026-02-01T00:00:00Z"))),
                new VariantPriceListed(id, new VariantPrice(Sku.of("MUG-BLUE"), Money.of("1200", "JPY"), null, null, null)),
                new VariantPriceRemoved(id, Sku.of("MUG-BLUE"), Currency.getInstance("USD"), CustomerGroup.of("b2b"),
                        Instant.parse("2026-01-01T00:00:00Z")),
                new CustomerGroupChanged(id, CustomerGroup.of("b2b"), null),
                new ProductReviewSubmitted(id, id, id, 5, "Holds tea", null));
        assertThat(samples).allSatisfy(event -> {
            try (InputStream in = IntegrationEventSchemasTest.class.getClassLoader().getResourceAsStream(pathOf(event.getClass()))) {
                JsonNode json = app.valueToTree(event);
                assertThat(JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in).validate(json))
                        .as("%s as %s", event.getClass().getSimpleName(), json).isEmpty();
            }
        });
    }

    @Test
    void aPublishedPaymentMethodNamesItsTypeButNotTheProvidersToken() {
        ObjectMapper published = PublishedForm.of(new ObjectMapper());
        UUID id = UUID.fromString("7b0c6a2e-3f4d-4c1e-9a55-2d7f3c1b9e01");
        var order = new OrderPlaced(id, id, id,
                List.of(new OrderLine(Sku.of("MUG-BLUE"), Quantity.of(1), Money.of("9.90", "EUR"))), Money.of("9.90", "EUR"),
                new Address("Ada Lovelace", "Main Street 1", null, "10115", "Berlin", "DE"), "standard",
                new PaymentMethod("card", "tok_visa"), null);

        JsonNode json = published.valueToTree(order);

        assertThat(json.path("paymentMethod").path("type").asText()).isEqualTo("card");
        assertThat(json.toString()).doesNotContain("tok_visa");
        assertThat(new ObjectMapper().valueToTree(order).toString()).as("the stored form keeps it").contains("tok_visa");
    }

    /** No name, email or address part leaves the core (ADR 0073); the ids to ask the API with, and the country, do. */
    @Test
    void aPublishedEventCarriesNoPersonalDataButTheIdsOfWhomItIsAbout() {
        ObjectMapper published = PublishedForm.of(new ObjectMapper());
        UUID id = UUID.fromString("7b0c6a2e-3f4d-4c1e-9a55-2d7f3c1b9e01");
        Address address = new Address("Ada Lovelace", "Main Street 1", "Floor 2", "10115", "Berlin", "DE");
        List<Object> events = List.of(
                new CustomerRegistered(id, "ada", "ada@example.com", "Ada Lovelace", "en"),
                new CustomerDetailsChanged(id, "ada@example.com", "Ada Lovelace", "en"),
                new CustomerAddressAdded(id, id, address),
                new OrderShipmentRequested(id, "standard", address, 1),
                new PaymentRequested(id, id, Money.of("9.90", "EUR"), new PaymentMethod("card", "tok_visa")));

        assertThat(events).allSatisfy(event -> {
            String json = published.writeValueAsString(event);
            assertThat(json).as(json).doesNotContain("Ada", "ada@example.com", "Main Street", "Floor 2", "10115", "Berlin",
                    "tok_visa").contains(id.toString());
        });
        assertThat(published.valueToTree(new CustomerAddressAdded(id, id, address)).path("address").toString())
                .isEqualTo("{\"country\":\"DE\"}");
        assertThat(published.valueToTree(new CustomerTaxExemptionGranted(id, "VAT id DE123456789")).toString())
                .as("a tax exemption's evidence").doesNotContain("DE123456789").contains(id.toString());
    }

    /** Records published under revision 1 before their event moved on still fit the schema they were published with. */
    @Test
    void revision1RecordsFitTheirHistoricalSchemas() throws IOException {
        String id = "7b0c6a2e-3f4d-4c1e-9a55-2d7f3c1b9e01";
        Map<String, String> published = Map.of(
                "schemas/json/order/OrderReturned.v1.json", "{\"orderId\":\"" + id + "\",\"reason\":\"too small\"}",
                "schemas/json/payment/PaymentVoided.v1.json",
                "{\"paymentId\":\"" + id + "\",\"orderId\":\"" + id + "\",\"reason\":\"cancelled\"}");
        for (Map.Entry<String, String> record : published.entrySet()) {
            try (InputStream in = IntegrationEventSchemasTest.class.getClassLoader().getResourceAsStream(record.getKey())) {
                assertThat(JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in)
                        .validate(JSON.readTree(record.getValue()))).as(record.getKey()).isEmpty();
            }
        }
    }

    /** Where an event's schema lives: its package's last name, its simple name and its revision. */
    static String pathOf(Class<?> event) {
        String packageName = event.getPackageName();
        String family = packageName.substring(packageName.lastIndexOf('.') + 1);
        return "schemas/json/" + family + "/" + event.getSimpleName() + ".v" + event.getAnnotation(Revision.class).value() + ".json";
    }

    private static JsonNode schemaOf(Class<?> event) {
        try (InputStream in = IntegrationEventSchemasTest.class.getClassLoader().getResourceAsStream(pathOf(event))) {
            return in == null ? null : JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every record with {@code @Revision} in the compiled contract: the events, whatever their aggregate. */
    private static List<Class<?>> eventTypes() {
        try {
            Path classes = Path.of(CartEvent.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            try (Stream<Path> files = Files.walk(classes)) {
                return files.filter(file -> file.toString().endsWith(".class") && !file.getFileName().toString().contains("$"))
                        .map(file -> classes.relativize(file).toString().replace('/', '.').replace('\\', '.').replaceAll("\\.class$", ""))
                        .filter(name -> !name.endsWith("package-info"))
                        .map(IntegrationEventSchemasTest::load)
                        .filter(type -> type.isRecord() && type.isAnnotationPresent(Revision.class))
                        .toList();
            }
        } catch (IOException | URISyntaxException e) {
            throw new IllegalStateException("cannot list the contract's classes", e);
        }
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
