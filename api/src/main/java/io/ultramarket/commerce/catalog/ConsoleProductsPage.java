package io.ultramarket.commerce.catalog;

import io.ultramarket.commerce.catalog.ProductRequests.PriceChangeRequest;
import io.ultramarket.commerce.console.ConsoleForms;
import io.ultramarket.commerce.console.ConsolePage;
import io.ultramarket.commerce.console.ConsoleProperties;
import io.ultramarket.commerce.dispatch.CommandContext;
import io.ultramarket.commerce.query.catalog.Products;
import io.ultramarket.commerce.schemas.common.Money;
import io.ultramarket.commerce.schemas.common.Sku;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

import java.util.UUID;

/**
 * The console's catalog page (ADR 0062): the products changed last with their variants' prices, and a price
 * change per variant through {@link ProductController#changePrice}, with the API's request and its constraints.
 */
@ConsolePage
class ConsoleProductsPage {

    private final Products products;
    private final ProductController catalog;
    private final ConsoleForms forms;
    private final int pageSize;

    ConsoleProductsPage(Products products, ProductController catalog, ConsoleForms forms, ConsoleProperties properties) {
        this.products = products;
        this.catalog = catalog;
        this.forms = forms;
        this.pageSize = properties.pageSize();
    }

    @GetMapping("/console/products")
    String products(Model model) {
        model.addAttribute("products", products.latest(pageSize));
        return "console/products";
    }

    @PostMapping("/console/products/{productId}/prices")
    Mono<String> changePrice(@PathVariable UUID productId, ServerWebExchange exchange, CommandContext context) {
        return exchange.getFormData()
                .map(form -> forms.valid(new PriceChangeRequest(new Sku(ConsoleForms.text(form, "sku")),
                        Money.of(ConsoleForms.text(form, "amount"), ConsoleForms.text(form, "currency")))))
                .flatMap(request -> catalog.changePrice(productId, request, context))
                .flatMap(answer -> forms.awaitShown(ProductController.PROJECTION, answer))
                .thenReturn("redirect:/console/products?changed=" + productId);
    }
}
