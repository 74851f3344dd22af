package io.ultramarket.commerce.catalog;

import io.ultramarket.commerce.schemas.catalog.CategoryPath;
import io.ultramarket.commerce.schemas.catalog.CreateProduct;
import io.ultramarket.commerce.problem.FieldError;
import io.ultramarket.commerce.problem.InvalidParameters;
import io.ultramarket.commerce.schemas.catalog.ProductVariant;
import io.ultramarket.commerce.schemas.catalog.VariantPrice;
import io.ultramarket.commerce.schemas.common.CustomerGroup;
import io.ultramarket.commerce.schemas.common.Money;
import io.ultramarket.commerce.schemas.common.Sku;
import io.ultramarket.commerce.schemas.totals.TaxCategory;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Request and answer bodies of the product endpoints. Value objects validate themselves while being read. */
final class ProductRequests {

    private ProductRequests() {
    }

    /**
     * The body of {@code POST /products} and {@code PUT /products/{id}}: the product as it should be. The bounds
     * are the commands' own, so that a body they would refuse is a 400 naming the field. {@code taxCategory}
     * (optional: {@code STANDARD}, {@code REDUCED} or {@code ZERO}) is the product's own tax category; without one it
     * follows its catalog category ({@code commerce.tax.categories}, ADR 0075), and an update without one clears it.
     */
    record ProductRequest(@NotBlank @Size(max = CreateProduct.MAX_NAME) String name,
                          @Size(max = CreateProduct.MAX_DESCRIPTION) String description,
                          @NotNull CategoryPath category,
                          @NotEmpty @Size(max = CreateProduct.MAX_VARIANTS) List<@NotNull @Valid VariantRequest> variants,
                          TaxCategory taxCategory) {

        List<ProductVariant> toVariants() {
            return variants.stream().map(VariantRequest::toVariant).toList();
        }
    }

    record VariantRequest(@NotNull Sku sku, @NotNull Money price, @Size(max = 20) Map<String, String> attributes) {

        ProductVariant toVariant() {
            return new ProductVariant(sku, price, attributes);
        }
    }

    record PriceChangeRequest(@NotNull Sku sku, @NotNull Money price) {
    }

    /**
     * A variant's price on a price list: its currency is the price's, {@code customerGroup} (optional) limits
     * it to that group's customers, and it is valid from {@code validFrom} until {@code validUntil} (each
     * optional, ISO-8601 instants; the end excluded).
     */
    record ListedPriceRequest(@NotNull Sku sku, @NotNull Money price, CustomerGroup customerGroup, Instant validFrom,
                              Instant validUntil) {

        VariantPrice toPrice() {
            if (validFrom != null && validUntil != null && !validFrom.isBefore(validUntil)) {
                throw new InvalidParameters(List.of(new FieldError("validUntil",
                        "a price's window ends after it starts: validUntil must come after validFrom " + validFrom)));
            }
            return new VariantPrice(sku, price, customerGroup, validFrom, validUntil);
        }
    }

    /** Which listed price to take off: the one of that currency and group (none: everyone's) starting at {@code validFrom}. */
    record ListedPriceRemovalRequest(@NotNull Sku sku, @NotNull Currency currency, CustomerGroup customerGroup,
                                     Instant validFrom) {
    }

    record ProductAnswer(UUID productId) {
    }
}
