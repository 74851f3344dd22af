package io.ultramarket.commerce.projections.catalog;

import io.ultramarket.commerce.schemas.catalog.ProductCategoryChanged;
import io.ultramarket.commerce.schemas.catalog.ProductCreated;
import io.ultramarket.commerce.schemas.catalog.ProductDetailsUpdated;
import io.ultramarket.commerce.schemas.catalog.ProductEvent;
import io.ultramarket.commerce.schemas.catalog.ProductPublished;
import io.ultramarket.commerce.schemas.catalog.ProductTaxCategoryChanged;
import io.ultramarket.commerce.schemas.catalog.ProductUnpublished;
import io.ultramarket.commerce.schemas.catalog.ProductVariant;
import io.ultramarket.commerce.schemas.catalog.ProductVariantAdded;
import io.ultramarket.commerce.schemas.catalog.ProductVariantAttributesChanged;
import io.ultramarket.commerce.schemas.catalog.ProductVariantPriceChanged;
import io.ultramarket.commerce.schemas.catalog.VariantPrice;
import io.ultramarket.commerce.schemas.catalog.VariantPriceListed;
import io.ultramarket.commerce.schemas.catalog.VariantPriceRemoved;
import io.ultramarket.commerce.schemas.totals.TaxCategory;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.UnaryOperator;

/**
 * A product as the read side sees it, folded from its events, with its variants' prices on price lists. Both the products read model and the search
 * documents keep this state, so the rules of how an event changes a product live here once. {@code taxCategory} is
 * the one set on the product itself, none while it follows its catalog category (ADR 0075; documents written
 * before it read with none, as their products had none).
 */
public record CatalogProduct(UUID productId, String name, String description, String category,
                             List<ProductVariant> variants, boolean published, List<VariantPrice> prices,
                             TaxCategory taxCategory) {

    public CatalogProduct {
        variants = List.copyOf(variants);
        // Documents written before price lists (ADR 0067) have none.
        prices = prices == null ? List.of() : List.copyOf(prices);
    }

    public static CatalogProduct of(ProductCreated event) {
        return new CatalogProduct(event.productId(), event.name(), event.description(), event.category().value(),
                event.variants(), false, List.of(), event.taxCategory());
    }

    /** The product after {@code event}; creation is {@link #of}. */
    public CatalogProduct with(ProductEvent event) {
        if (event instanceof ProductDetailsUpdated details) {
            return new CatalogProduct(productId, details.name(), details.description(), category, variants, published,
                    prices, taxCategory);
        }
        if (event instanceof ProductCategoryChanged moved) {
            return new CatalogProduct(productId, name, description, moved.category().value(), variants, published,
                    prices, taxCategory);
        }
        if (event instanceof ProductTaxCategoryChanged taxed) {
            return new CatalogProduct(productId, name, description, category, variants, published, prices,
                    taxed.taxCategory());
        }
        if (event instanceof ProductVariantAdded added) {
            List<ProductVariant> more = new ArrayList<>(variants);
            more.add(added.variant());
            return withVariants(more);
        }
        if (event instanceof ProductVariantPriceChanged repriced) {
            return withVariants(changed(repriced.sku().value(),
                    variant -> new ProductVariant(variant.sku(), repriced.price(), variant.attributes())));
        }
        if (event instanceof ProductVariantAttributesChanged described) {
            return withVariants(changed(described.sku().value(),
                    variant -> new ProductVariant(variant.sku(), variant.price(), described.attributes())));
        }
        if (event instanceof VariantPriceListed listed) {
            List<VariantPrice> more = new ArrayList<>(prices);
            more.removeIf(listed.price()::replaces);
            more.add(listed.price());
            return withPrices(more);
        }
        if (event instanceof VariantPriceRemoved removed) {
            return withPrices(prices.stream().filter(price -> !removed.removes(price)).toList());
        }
        if (event instanceof ProductPublished) {
            return new CatalogProduct(productId, name, description, category, variants, true, prices, taxCategory);
        }
        if (event instanceof ProductUnpublished) {
            return new CatalogProduct(productId, name, description, category, variants, false, prices, taxCategory);
        }
        throw new IllegalArgumentException("a product is created by ProductCreated, not changed by it: " + event);
    }

    private CatalogProduct withVariants(List<ProductVariant> changed) {
        return new CatalogProduct(productId, name, description, category, changed, published, prices, taxCategory);
    }

    private CatalogProduct withPrices(List<VariantPrice> changed) {
        return new CatalogProduct(productId, name, description, category, variants, published, changed, taxCategory);
    }

    private List<ProductVariant> changed(String sku, UnaryOperator<ProductVariant> change) {
        return variants.stream().map(variant -> variant.sku().value().equals(sku) ? change.apply(variant) : variant).toList();
    }
}
