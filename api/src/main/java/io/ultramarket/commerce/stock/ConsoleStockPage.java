package io.ultramarket.commerce.stock;

import io.ultramarket.commerce.console.ConsoleForms;
import io.ultramarket.commerce.console.ConsolePage;
import io.ultramarket.commerce.dispatch.CommandContext;
import io.ultramarket.commerce.query.stock.StockLevels;
import io.ultramarket.commerce.schemas.common.Quantity;
import io.ultramarket.commerce.schemas.common.Sku;
import io.ultramarket.commerce.schemas.common.WarehouseId;
import io.ultramarket.commerce.stock.StockRequests.AdjustStockRequest;
import io.ultramarket.commerce.stock.StockRequests.ReceiveStockRequest;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.util.UriUtils;
import reactor.core.publisher.Mono;

import java.nio.charset.StandardCharsets;

/**
 * The console's stock page (ADR 0062): a SKU's stock in every warehouse, and receipts and adjustments booked
 * through {@link StockController}'s own handlers, with the API's request records and their constraints.
 */
@ConsolePage
class ConsoleStockPage {

    private final StockLevels stockLevels;
    private final StockController stock;
    private final ConsoleForms forms;

    ConsoleStockPage(StockLevels stockLevels, StockController stock, ConsoleForms forms) {
        this.stockLevels = stockLevels;
        this.stock = stock;
        this.forms = forms;
    }

    @GetMapping("/console/stock")
    String stockOf(@RequestParam(name = "sku", required = false) Sku sku, Model model) {
        model.addAttribute("sku", sku == null ? null : sku.value());
        if (sku != null) {
            model.addAttribute("levels", stockLevels.ofSku(sku.value()));
        }
        return "console/stock";
    }

    @PostMapping("/console/stock/{sku}/receipts")
    Mono<String> receive(@PathVariable Sku sku, ServerWebExchange exchange, CommandContext context) {
        return exchange.getFormData()
                .map(form -> forms.valid(new ReceiveStockRequest(new WarehouseId(ConsoleForms.text(form, "warehouse")),
                        Quantity.of(ConsoleForms.number(form, "quantity")), ConsoleForms.text(form, "reference"))))
                .flatMap(request -> stock.receive(sku, request, context))
                .flatMap(answer -> forms.awaitShown(StockOfSku.PROJECTION, answer))
                .thenReturn(backTo(sku));
    }

    @PostMapping("/console/stock/{sku}/adjustments")
    Mono<String> adjust(@PathVariable Sku sku, ServerWebExchange exchange, CommandContext context) {
        return exchange.getFormData()
                .map(form -> forms.valid(new AdjustStockRequest(new WarehouseId(ConsoleForms.text(form, "warehouse")),
                        ConsoleForms.number(form, "delta"), ConsoleForms.text(form, "reason"))))
                .flatMap(request -> stock.adjust(sku, request, context))
                .flatMap(answer -> forms.awaitShown(StockOfSku.PROJECTION, answer))
                .thenReturn(backTo(sku));
    }

    private static String backTo(Sku sku) {
        return "redirect:/console/stock?booked&sku=" + UriUtils.encodeQueryParam(sku.value(), StandardCharsets.UTF_8);
    }
}
