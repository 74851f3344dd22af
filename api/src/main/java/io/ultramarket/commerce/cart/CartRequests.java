package io.ultramarket.commerce.cart;

import io.ultramarket.commerce.schemas.common.Address;
import io.ultramarket.commerce.schemas.common.PaymentMethod;
import io.ultramarket.commerce.schemas.common.Quantity;
import io.ultramarket.commerce.schemas.common.Sku;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.Currency;
import java.util.UUID;

/** Request and answer bodies of the cart endpoints. Value objects validate themselves while being read. */
final class CartRequests {

    private CartRequests() {
    }

    /**
     * The currency the cart is priced in (an ISO 4217 code; {@code commerce.pricing.default-currency} when
     * left out). The customer is the caller: unknown fields such as customerId are refused.
     */
    record CreateCartRequest(Currency currency) {
    }

    /** A SKU and how many: the price is the shop's. Unknown fields such as unitPrice are refused. */
    record AddItemRequest(@NotNull Sku sku, @NotNull Quantity quantity) {
    }

    record ChangeQuantityRequest(@NotNull Quantity quantity) {
    }

    record CheckoutRequest(@NotNull Address shippingAddress,
                           @NotBlank @Size(max = 64) String shippingOption,
                           @NotNull PaymentMethod paymentMethod) {
    }

    record CartAnswer(UUID cartId) {
    }

    record CheckoutAnswer(UUID cartId, UUID orderId) {
    }
}
