package io.ultramarket.commerce.command.catalog;

import io.ultramarket.commerce.schemas.catalog.CategoryPath;
import io.ultramarket.commerce.schemas.catalog.ChangeProductPrice;
import io.ultramarket.commerce.schemas.catalog.CreateProduct;
import io.ultramarket.commerce.schemas.catalog.ProductCategoryChanged;
import io.ultramarket.commerce.schemas.catalog.ProductCreated;
import io.ultramarket.commerce.schemas.catalog.ProductDetailsUpdated;
import io.ultramarket.commerce.schemas.catalog.ProductPublished;
import io.ultramarket.commerce.schemas.catalog.ProductTaxCategoryChanged;
import io.ultramarket.commerce.schemas.catalog.ProductUnpublished;
import io.ultramarket.commerce.schemas.catalog.ProductVariant;
import io.ultramarket.commerce.schemas.catalog.ProductVariantAdded;
import io.ultramarket.commerce.schemas.catalog.ProductVariantAttributesChanged;
import io.ultramarket.commerce.schemas.catalog.ProductVariantPriceChanged;
import io.ultramarket.commerce.schemas.catalog.PublishProduct;
import io.ultramarket.commerce.schemas.catalog.RemoveVariantPrice;
import io.ultramarket.commerce.schemas.catalog.SetVariantPrice;
import io.ultramarket.commerce.schemas.catalog.UnpublishProduct;
import io.ultramarket.commerce.schemas.catalog.UpdateProduct;
import io.ultramarket.commerce.schemas.catalog.VariantPrice;
import io.ultramarket.commerce.schemas.catalog.VariantPriceListed;
import io.ultramarket.commerce.schemas.catalog.VariantPriceRemoved;
import io.ultramarket.commerce.schemas.common.Money;
import io.ultramarket.commerce.schemas.common.Sku;
import io.ultramarket.commerce.schemas.totals.TaxCategory;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A product of the catalog. It guards what carts, orders and search rely on: each SKU names one variant,
 * every variant has a price, all variants' own prices share one currency, a variant never disappears, and
 * a variant's prices on one price list (currency and customer group) never overlap in time. Commands that
 * ask for what already holds (the same price, publishing a published product, an update with the same
 * content) change nothing, so a resent request does not look like a second change downstream.
 */
@Aggregate(cache = "aggregateCache")
public class Product {

    @AggregateIdentifier
    private UUID productId;
    private String name;
    private String description;
    private CategoryPath category;
    // Set on the product itself (ADR 0075); null while its tax category follows its catalog category.
    private TaxCategory taxCategory;
    // Insertion order keeps the variants in the order they were listed.
    private final Map<Sku, ProductVariant> variants = new LinkedHashMap<>();
    // Each variant's prices on price lists (ADR 0067), beyond its own price.
    private final Map<Sku, List<VariantPrice>> listedPrices = new HashMap<>();
    private boolean published;

    @CommandHandler
    public Product(CreateProduct command) {
        productId = command.productId();
        requireValidVariants(command.variants(), null);
        apply(new ProductCreated(command.productId(), command.name().strip(), normalised(command.description()),
                command.category(), command.variants(), command.taxCategory()));
    }

    @CommandHandler
    public void handle(UpdateProduct command) {
        requireValidVariants(command.variants(), currency());
        Set<Sku> listed = new HashSet<>();
        command.variants().forEach(variant -> listed.add(variant.sku()));
        List<Sku> missing = variants.keySet().stream().filter(sku -> !listed.contains(sku)).toList();
        if (!missing.isEmpty()) {
            throw new ProductVariantCannotBeRemoved(productId, missing);
        }
        String newName = command.name().strip();
        String newDescription = normalised(command.description());
        if (!newName.equals(name) || !newDescription.equals(description)) {
            apply(new ProductDetailsUpdated(productId, newName, newDescription));
        }
        if (!command.category().equals(category)) {
            apply(new ProductCategoryChanged(productId, command.category()));
        }
        if (command.taxCategory() != taxCategory) {
            apply(new ProductTaxCategoryChanged(productId, command.taxCategory(), taxCategory));
        }
        for (ProductVariant wanted : command.variants()) {
            ProductVariant current = variants.get(wanted.sku());
            if (current == null) {
                apply(new ProductVariantAdded(productId, wanted));
                continue;
            }
            if (!current.price().equals(wanted.price())) {
                apply(new ProductVariantPriceChanged(productId, wanted.sku(), current.price(), wanted.price()));
            }
            if (!current.attributes().equals(wanted.attributes())) {
                apply(new ProductVariantAttributesChanged(productId, wanted.sku(), wanted.attributes()));
            }
        }
    }

    @CommandHandler
    public void handle(ChangeProductPrice command) {
        requireVariant(command.sku());
        ProductVariant current = variants.get(command.sku());
        requireProductCurrency(command.sku(), command.price(), currency());
        if (!current.price().equals(command.price())) {
            apply(new ProductVariantPriceChanged(productId, command.sku(), current.price(), command.price()));
        }
    }

    /**
     * Puts a price on a variant's price list. The price of that list starting at the same instant is
     * replaced; any other that would be valid at some same instant is refused, so that one price answers for
     * each list at any moment (ADR 0067).
     */
    @CommandHandler
    public void handle(SetVariantPrice command) {
        VariantPrice wanted = command.price();
        requireVariant(wanted.sku());
        List<VariantPrice> listed = listedPrices.getOrDefault(wanted.sku(), List.of());
        if (listed.contains(wanted)) {
            return;
        }
        listed.stream().filter(price -> price.overlaps(wanted) && !wanted.replaces(price)).findFirst()
                .ifPresent(clash -> {
                    throw new OverlappingPriceWindow(productId, wanted, clash);
                });
        apply(new VariantPriceListed(productId, wanted));
    }

    @CommandHandler
    public void handle(RemoveVariantPrice command) {
        requireVariant(command.sku());
        var removal = new VariantPriceRemoved(productId, command.sku(), command.currency(), command.customerGroup(),
                command.validFrom());
        if (listedPrices.getOrDefault(command.sku(), List.of()).stream().anyMatch(removal::removes)) {
            apply(removal);
        }
    }

    private void requireVariant(Sku sku) {
        if (!variants.containsKey(sku)) {
            throw new ProductVariantNotFound(productId, sku);
        }
    }

    @CommandHandler
    public void handle(PublishProduct command) {
        if (!published) {
            apply(new ProductPublished(productId));
        }
    }

    @CommandHandler
    public void handle(UnpublishProduct command) {
        if (published) {
            apply(new ProductUnpublished(productId));
        }
    }

    /** Each SKU once, all in {@code currency} (the first one's when null); the command saw to there being some. */
    private void requireValidVariants(List<ProductVariant> listed, Currency currency) {
        Currency expected = currency != null ? currency : listed.get(0).price().currency();
        Set<Sku> seen = new HashSet<>();
        for (ProductVariant variant : listed) {
            if (!seen.add(variant.sku())) {
                throw new DuplicateProductSku(productId, variant.sku());
            }
            requireProductCurrency(variant.sku(), variant.price(), expected);
        }
    }

    private void requireProductCurrency(Sku sku, Money price, Currency expected) {
        if (!price.currency().equals(expected)) {
            throw new ProductCurrencyMismatch(productId, sku, price.currency(), expected);
        }
    }

    private Currency currency() {
        return variants.values().iterator().next().price().currency();
    }

    private static String normalised(String text) {
        return Objects.requireNonNullElse(text, "").strip();
    }

    @EventSourcingHandler
    public void on(ProductCreated event) {
        productId = event.productId();
        name = event.name();
        description = event.description();
        category = event.category();
        taxCategory = event.taxCategory();
        event.variants().forEach(variant -> variants.put(variant.sku(), variant));
    }

    @EventSourcingHandler
    public void on(ProductDetailsUpdated event) {
        name = event.name();
        description = event.description();
    }

    @EventSourcingHandler
    public void on(ProductCategoryChanged event) {
        category = event.category();
    }

    @EventSourcingHandler
    public void on(ProductTaxCategoryChanged event) {
        taxCategory = event.taxCategory();
    }

    @EventSourcingHandler
    public void on(ProductVariantAdded event) {
        variants.put(event.variant().sku(), event.variant());
    }

    @EventSourcingHandler
    public void on(ProductVariantPriceChanged event) {
        variants.computeIfPresent(event.sku(),
                (sku, variant) -> new ProductVariant(sku, event.price(), variant.attributes()));
    }

    @EventSourcingHandler
    public void on(ProductVariantAttributesChanged event) {
        variants.computeIfPresent(event.sku(),
                (sku, variant) -> new ProductVariant(sku, variant.price(), event.attributes()));
    }

    @EventSourcingHandler
    public void on(VariantPriceListed event) {
        VariantPrice listed = event.price();
        List<VariantPrice> prices = listedPrices.computeIfAbsent(listed.sku(), sku -> new ArrayList<>());
        prices.removeIf(listed::replaces);
        prices.add(listed);
    }

    @EventSourcingHandler
    public void on(VariantPriceRemoved event) {
        listedPrices.getOrDefault(event.sku(), new ArrayList<>()).removeIf(event::removes);
    }

    @EventSourcingHandler
    public void on(ProductPublished event) {
        published = true;
    }

    @EventSourcingHandler
    public void on(ProductUnpublished event) {
        published = false;
    }

    protected Product() {
        // Axon rebuilds the product from its events through this constructor.
    }
}
