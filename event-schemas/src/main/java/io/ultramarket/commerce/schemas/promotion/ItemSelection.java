package io.ultramarket.commerce.schemas.promotion;

import io.ultramarket.commerce.schemas.catalog.CategoryPath;
import io.ultramarket.commerce.schemas.common.Sku;

import java.util.List;

/**
 * Which lines a promotion applies to: the SKUs named, and every product in the categories named or below them
 * ({@code apparel} takes in {@code apparel/shoes}). Nothing named means every line of the order. At most
 * {@value #MAX_SKUS} SKUs and {@value #MAX_CATEGORIES} categories.
 */
public record ItemSelection(List<Sku> skus, List<CategoryPath> categories) {

    public static final int MAX_SKUS = 100;
    public static final int MAX_CATEGORIES = 20;

    public static final ItemSelection WHOLE_ORDER = new ItemSelection(List.of(), List.of());

    public ItemSelection {
        skus = skus == null ? List.of() : List.copyOf(skus);
        categories = categories == null ? List.of() : List.copyOf(categories);
        if (skus.size() > MAX_SKUS) {
            throw new IllegalArgumentException("at most " + MAX_SKUS + " SKUs, were " + skus.size());
        }
        if (categories.size() > MAX_CATEGORIES) {
            throw new IllegalArgumentException("at most " + MAX_CATEGORIES + " categories, were " + categories.size());
        }
    }

    public boolean wholeOrder() {
        return skus.isEmpty() && categories.isEmpty();
    }

    /** Whether a line of {@code sku} in {@code category} (null when unknown) is selected. */
    public boolean selects(Sku sku, CategoryPath category) {
        if (wholeOrder() || skus.contains(sku)) {
            return true;
        }
        return category != null && category.withAncestors().stream()
                .anyMatch(path -> categories.contains(CategoryPath.of(path)));
    }
}
