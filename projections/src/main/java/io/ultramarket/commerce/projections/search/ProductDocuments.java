package io.ultramarket.commerce.projections.search;

import com.fasterxml.jackson.core.type.TypeReference;
import io.ultramarket.commerce.projections.catalog.CatalogProduct;
import io.ultramarket.commerce.projections.columns.JsonColumns;
import io.ultramarket.commerce.projections.columns.PlannedEachRun;
import io.ultramarket.commerce.projections.columns.WriterJdbc;
import io.ultramarket.commerce.schemas.catalog.ProductCreated;
import io.ultramarket.commerce.schemas.catalog.ProductEvent;
import io.ultramarket.commerce.schemas.catalog.ProductVariant;
import io.ultramarket.commerce.schemas.catalog.ProductVariantAdded;
import io.ultramarket.commerce.schemas.stock.StockEvent;
import org.axonframework.messaging.Message;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;

import static io.ultramarket.commerce.projections.columns.VersionedRowSchema.CREATED_AT;
import static io.ultramarket.commerce.projections.columns.VersionedRowSchema.UPDATED_AT;
import static io.ultramarket.commerce.projections.columns.VersionedRows.utc;
import static io.ultramarket.commerce.projections.search.SearchDocumentsSchema.IN_STOCK;
import static io.ultramarket.commerce.projections.search.SearchDocumentsSchema.PRODUCT;
import static io.ultramarket.commerce.projections.search.SearchDocumentsSchema.PRODUCT_ID;
import static io.ultramarket.commerce.projections.search.SearchDocumentsSchema.PRODUCT_VERSION;
import static io.ultramarket.commerce.projections.search.SearchDocumentsSchema.REVISION;
import static io.ultramarket.commerce.projections.search.SearchDocumentsSchema.SKU;

/**
 * The product documents and SKU listings that product events change, held in memory and written once each: per
 * batch when the batch's statements are sent (ADR 0095), or at the end of the event where statements run at once.
 * A batch reads the documents and SKUs its product events name with one query each, up front, so a replay costs a
 * few statements per batch instead of several per event.
 *
 * <p>A document's availability is worked out when it is written, from the SKUs listed then: the SKUs only this
 * product's own events list, and stock that does not change while changes are held (a stock event's statements come
 * after what is held). The one exception is a SKU that another product takes over: what is held is written first,
 * so each product's availability is as it stood before. A written document's revision grows by one per write.
 */
final class ProductDocuments implements WriterJdbc.Held {

    private static final TypeReference<CatalogProduct> CATALOG_PRODUCT = new TypeReference<>() {
    };

    private final JdbcTemplate jdbc;
    private final JsonColumns json;
    private final String documents;
    private final String skus;
    private final Function<String, String> availabilityOf;
    /** What the table holds (or will, once written), for every product looked at; empty when there is no document. */
    private final Map<UUID, Optional<Document>> known = new HashMap<>();
    /** Which product lists each SKU looked at; empty when none does. */
    private final Map<String, Optional<UUID>> owners = new HashMap<>();
    private final Map<UUID, Document> changed = new LinkedHashMap<>();
    private final List<Object[]> listings = new ArrayList<>();
    private boolean writing;

    /** @param availabilityOf SQL: whether the product named by its argument (a column or '?') has units to sell */
    ProductDocuments(JdbcTemplate jdbc, JsonColumns json, String documents, String skus,
                     Function<String, String> availabilityOf) {
        this.jdbc = jdbc;
        this.json = json;
        this.documents = documents;
        this.skus = skus;
        this.availabilityOf = availabilityOf;
    }

    /**
     * Reads up front, with one query each, the documents and SKU listings that the product and stock events among
     * {@code batch} name, when there are several; a lone one looks up what it needs itself.
     */
    ProductDocuments lookingAhead(List<? extends Message<?>> batch) {
        Set<UUID> products = new LinkedHashSet<>();
        Set<String> listed = new LinkedHashSet<>();
        int events = 0;
        for (Message<?> message : batch) {
            if (ProductEvent.class.isAssignableFrom(message.getPayloadType())) {
                ProductEvent event = (ProductEvent) message.getPayload();
                products.add(event.productId());
                variantsListedBy(event).forEach(variant -> listed.add(variant.sku().value()));
                events++;
            } else if (StockEvent.class.isAssignableFrom(message.getPayloadType())) {
                listed.add(((StockEvent) message.getPayload()).stockItemId().sku().value());
                events++;
            }
        }
        if (events > 1) {
            load(products);
            loadOwners(listed);
        }
        return this;
    }

    void create(ProductCreated event, long version, Instant at) {
        event.variants().forEach(variant -> list(variant, event.productId()));
        if (find(event.productId()).isEmpty()) {
            Document created = new Document(CatalogProduct.of(event), version, false, utc(at), 1);
            known.put(event.productId(), Optional.of(created));
            changed.put(event.productId(), created);
        }
    }

    /** Applies only over an older product version (its aggregate's sequence number). */
    void change(ProductEvent event, long version, Instant at) {
        Optional<Document> current = find(event.productId());
        if (current.isEmpty() || current.get().version >= version) {
            return;
        }
        variantsListedBy(event).forEach(variant -> list(variant, event.productId()));
        Document document = current.get();
        document.product = document.product.with(event);
        document.version = version;
        document.updatedAt = utc(at);
        document.unwrittenChanges++;
        changed.put(event.productId(), document);
    }

    @Override
    public boolean hasChanges() {
        return !changed.isEmpty() || !listings.isEmpty();
    }

    /** Writes the SKU listings, then the documents, in one statement of each kind; never within itself. */
    @Override
    public void write(JdbcTemplate template) {
        if (writing) {
            // Its statements go through the batch's template, which first writes what the batch holds: this.
            return;
        }
        writing = true;
        try {
            writeChanges(template);
        } finally {
            writing = false;
        }
    }

    private void writeChanges(JdbcTemplate template) {
        if (!listings.isEmpty()) {
            List<Object[]> listed = List.copyOf(listings);
            listings.clear();
            template.batchUpdate("INSERT INTO " + skus + " (" + SKU + ", " + PRODUCT_ID + ") VALUES (?, ?) ON CONFLICT (" + SKU + ") "
                    + "DO UPDATE SET " + PRODUCT_ID + " = excluded." + PRODUCT_ID, listed);
        }
        List<Object[]> inserts = new ArrayList<>();
        List<Object[]> updates = new ArrayList<>();
        changed.forEach((productId, document) -> {
            String product = json.write(document.product);
            if (document.stored) {
                updates.add(new Object[]{product, document.version, document.unwrittenChanges, document.updatedAt, productId});
            } else {
                inserts.add(new Object[]{productId, product, productId, document.version, document.unwrittenChanges,
                        document.createdAt, document.updatedAt});
                document.stored = true;
            }
            document.unwrittenChanges = 0;
        });
        changed.clear();
        if (!inserts.isEmpty()) {
            template.batchUpdate("INSERT INTO " + documents + " (" + String.join(", ", PRODUCT_ID, PRODUCT, IN_STOCK, PRODUCT_VERSION,
                    REVISION, CREATED_AT, UPDATED_AT) + ") VALUES (?, ?::jsonb, " + availabilityOf.apply("?") + ", ?, ?, ?, ?) "
                    + "ON CONFLICT (" + PRODUCT_ID + ") DO NOTHING", inserts);
        }
        if (!updates.isEmpty()) {
            template.batchUpdate("UPDATE " + documents + " d SET " + PRODUCT + " = ?::jsonb, " + PRODUCT_VERSION + " = ?, " + IN_STOCK
                    + " = " + availabilityOf.apply("d." + PRODUCT_ID) + ", " + REVISION + " = d." + REVISION + " + ?, " + UPDATED_AT
                    + " = ? WHERE d." + PRODUCT_ID + " = ?", updates);
        }
    }

    /**
     * A SKU belongs to the product that listed it last (the catalog keeps SKUs unique within a product only). When
     * it was another's and documents are held, they are written first, with the SKU where it was.
     */
    private void list(ProductVariant variant, UUID productId) {
        String sku = variant.sku().value();
        if (!changed.isEmpty() && listing(sku).filter(owner -> !owner.equals(productId)).isPresent()) {
            write(jdbc);
        }
        owners.put(sku, Optional.of(productId));
        listings.add(new Object[]{sku, productId});
    }

    private Optional<Document> find(UUID productId) {
        if (!known.containsKey(productId)) {
            load(List.of(productId));
        }
        return known.get(productId);
    }

    /** The product that lists the SKU now, counting the listings held; empty when none does. */
    Optional<UUID> listing(String sku) {
        if (!owners.containsKey(sku)) {
            loadOwners(List.of(sku));
        }
        return owners.get(sku);
    }

    private void load(Collection<UUID> products) {
        List<UUID> unknown = products.stream().filter(product -> !known.containsKey(product)).toList();
        if (unknown.isEmpty()) {
            return;
        }
        unknown.forEach(product -> known.put(product, Optional.empty()));
        PlannedEachRun.query(jdbc, "SELECT " + PRODUCT_ID + ", " + PRODUCT + "::text, " + PRODUCT_VERSION + " FROM " + documents
                + " WHERE " + PRODUCT_ID + " = ANY (?)", "uuid", unknown.toArray(), row -> known.put(row.getObject(1, UUID.class),
                Optional.of(new Document(json.read(row.getString(2), CATALOG_PRODUCT), row.getLong(3), true, null, 0))));
    }

    private void loadOwners(Collection<String> listed) {
        if (listed.isEmpty()) {
            return;
        }
        listed.forEach(sku -> owners.put(sku, Optional.empty()));
        PlannedEachRun.query(jdbc, "SELECT " + SKU + ", " + PRODUCT_ID + " FROM " + skus + " WHERE " + SKU + " = ANY (?)",
                "varchar", listed.toArray(), row -> owners.put(row.getString(1), Optional.of(row.getObject(2, UUID.class))));
    }

    private static Stream<ProductVariant> variantsListedBy(ProductEvent event) {
        if (event instanceof ProductCreated created) {
            return created.variants().stream();
        }
        return event instanceof ProductVariantAdded added ? Stream.of(added.variant()) : Stream.empty();
    }

    /** A document as this batch knows it. */
    private static final class Document {

        private CatalogProduct product;
        private long version;
        private boolean stored;
        /** Changes since the document was last written: each counts one revision, as it would written at once. */
        private int unwrittenChanges;
        private final OffsetDateTime createdAt;
        private OffsetDateTime updatedAt;

        private Document(CatalogProduct product, long version, boolean stored, OffsetDateTime createdAt, int unwrittenChanges) {
            this.product = product;
            this.version = version;
            this.stored = stored;
            this.unwrittenChanges = unwrittenChanges;
            this.createdAt = createdAt;
            this.updatedAt = createdAt;
        }
    }
}
