package io.ultramarket.commerce.cart;

import io.ultramarket.commerce.pricing.PriceRequest;
import io.ultramarket.commerce.pricing.PriceResolution;
import io.ultramarket.commerce.query.cart.CartStatus;
import io.ultramarket.commerce.query.cart.CartView;
import io.ultramarket.commerce.query.columns.LineItem;
import io.ultramarket.commerce.schemas.common.Money;
import io.ultramarket.commerce.schemas.common.PriceQuote;
import io.ultramarket.commerce.schemas.common.Sku;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

import java.time.Clock;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An open cart as the shopper will pay for it: each line at the shop's current price for its customer (and their
 * customer group) in the cart's currency, since checkout
 * prices the order anew. A line the shop no longer sells keeps the price it was added at (checkout will
 * refuse it). A checked-out cart shows the prices of its order, as recorded.
 */
@Component
class CurrentPrices {

    private final PriceResolution prices;
    private final Clock clock;

    CurrentPrices(PriceResolution prices, Clock clock) {
        this.prices = prices;
        this.clock = clock;
    }

    Mono<CartView> of(CartView cart) {
        if (cart.status() != CartStatus.OPEN || cart.lines().isEmpty()) {
            return Mono.just(cart);
        }
        List<Sku> skus = cart.lines().stream().map(LineItem::sku).toList();
        // Every line is in the cart's currency (the Cart refuses others).
        Currency currency = cart.lines().get(0).unitPrice().currency();
        return prices.prices(skus, new PriceRequest(Optional.ofNullable(cart.customerId()), currency, clock.instant()))
                .map(current -> repriced(cart, current));
    }

    private static CartView repriced(CartView cart, Map<Sku, PriceQuote> current) {
        List<LineItem> lines = cart.lines().stream().map(line -> {
            PriceQuote quote = current.get(line.sku());
            if (quote == null || !quote.unitPrice().hasSameCurrencyAs(line.unitPrice())) {
                return line;
            }
            return new LineItem(line.sku(), line.quantity(), quote.unitPrice(),
                    quote.unitPrice().times(line.quantity().value()));
        }).toList();
        Money total = lines.stream().map(LineItem::lineTotal).reduce(Money::plus).orElse(cart.total());
        return new CartView(cart.cartId(), cart.customerId(), cart.status(), cart.orderId(), lines, total,
                cart.itemCount(), cart.version(), cart.createdAt(), cart.updatedAt());
    }
}
