package io.ultramarket.commerce.stock;

import io.ultramarket.commerce.dispatch.CommandContext;
import io.ultramarket.commerce.dispatch.CommandDispatcher;
import io.ultramarket.commerce.dispatch.CommandReceipt;
import io.ultramarket.commerce.dispatch.PreparedCommand;
import io.ultramarket.commerce.schemas.common.Sku;
import io.ultramarket.commerce.schemas.common.WarehouseId;
import io.ultramarket.commerce.schemas.stock.AdjustStock;
import io.ultramarket.commerce.schemas.stock.ClearLowStockThreshold;
import io.ultramarket.commerce.schemas.stock.ReceiveStock;
import io.ultramarket.commerce.schemas.stock.RegisterStockItem;
import io.ultramarket.commerce.schemas.stock.SetLowStockThreshold;
import io.ultramarket.commerce.schemas.stock.StockItemId;
import io.ultramarket.commerce.stock.StockRequests.AdjustStockRequest;
import io.ultramarket.commerce.stock.StockRequests.LowStockThresholdRequest;
import io.ultramarket.commerce.stock.StockRequests.ReceiveStockRequest;
import io.ultramarket.commerce.stock.StockRequests.RegisterStockRequest;
import io.ultramarket.commerce.stock.StockRequests.StockItemAnswer;
import io.ultramarket.commerce.freshness.ReadYourWrites;
import io.ultramarket.commerce.problem.ResourceNotFound;
import io.ultramarket.commerce.query.stock.StockLevels;
import io.ultramarket.commerce.web.CommandResponses;
import jakarta.validation.Valid;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

import java.net.URI;
import java.util.Map;
import java.util.Optional;

/**
 * Stock over HTTP: register a SKU in a warehouse, book receipts and adjustments, set or clear a warehouse's
 * low-stock threshold (ADR 0059), read the levels.
 */
@RestController
@RequestMapping(path = "/stock/{sku}", produces = MediaType.APPLICATION_JSON_VALUE)
class StockController {

    private final CommandDispatcher commands;
    private final StockLevels stockLevels;
    private final ReadYourWrites readYourWrites;

    StockController(CommandDispatcher commands, StockLevels stockLevels, ReadYourWrites readYourWrites) {
        this.commands = commands;
        this.stockLevels = stockLevels;
        this.readYourWrites = readYourWrites;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    Mono<ResponseEntity<StockItemAnswer>> register(@PathVariable Sku sku, @Valid @RequestBody RegisterStockRequest body,
                                                   CommandContext context) {
        var id = new StockItemId(sku, body.warehouse());
        return send(context, body, id, new RegisterStockItem(id, body.onHand()))
                .map(receipt -> CommandResponses.created(
                        URI.create("/stock/" + sku.value() + "?warehouse=" + body.warehouse().value()), receipt));
    }

    /**
     * Stock of a SKU in every warehouse, from the stock-levels read model. With a {@code Commerce-Position}
     * header the answer waits (bounded) until that write is visible.
     */
    @GetMapping
    Mono<ResponseEntity<StockOfSku>> stockOf(@PathVariable Sku sku,
                                            @RequestHeader(name = ReadYourWrites.POSITION_HEADER, required = false) Long position) {
        Mono<StockOfSku> stock = stockLevels.ofSku(sku.value()).collectList()
                .filter(levels -> !levels.isEmpty())
                .map(levels -> StockOfSku.of(sku.value(), levels));
        return readYourWrites.answer(StockOfSku.PROJECTION, Optional.ofNullable(position), stock)
                .switchIfEmpty(Mono.error(() -> new ResourceNotFound("stock of SKU", sku.value())));
    }

    @PostMapping(path = "/receipts", consumes = MediaType.APPLICATION_JSON_VALUE)
    Mono<ResponseEntity<StockItemAnswer>> receive(@PathVariable Sku sku, @Valid @RequestBody ReceiveStockRequest body,
                                                  CommandContext context) {
        var id = new StockItemId(sku, body.warehouse());
        return send(context, body, id, new ReceiveStock(id, body.quantity(), body.receiptReference()))
                .map(CommandResponses::accepted);
    }

    @PostMapping(path = "/adjustments", consumes = MediaType.APPLICATION_JSON_VALUE)
    Mono<ResponseEntity<StockItemAnswer>> adjust(@PathVariable Sku sku, @Valid @RequestBody AdjustStockRequest body,
                                                 CommandContext context) {
        var id = new StockItemId(sku, body.warehouse());
        return send(context, body, id, new AdjustStock(id, body.delta(), body.reason()))
                .map(CommandResponses::accepted);
    }

    /** The stock item's own low-stock threshold; setting the one it has again changes nothing. */
    @PutMapping(path = "/low-stock-threshold", consumes = MediaType.APPLICATION_JSON_VALUE)
    Mono<ResponseEntity<StockItemAnswer>> setLowStockThreshold(@PathVariable Sku sku,
                                                               @Valid @RequestBody LowStockThresholdRequest body,
                                                               CommandContext context) {
        var id = new StockItemId(sku, body.warehouse());
        return send(context, body, id, new SetLowStockThreshold(id, body.threshold())).map(CommandResponses::accepted);
    }

    /** Back to the shop's default threshold ({@code commerce.stock.default-low-stock-threshold}), if any. */
    @DeleteMapping(path = "/low-stock-threshold")
    Mono<ResponseEntity<StockItemAnswer>> clearLowStockThreshold(@PathVariable Sku sku, @RequestParam WarehouseId warehouse,
                                                                 CommandContext context) {
        var id = new StockItemId(sku, warehouse);
        return send(context, Map.of("warehouse", warehouse.value()), id, new ClearLowStockThreshold(id))
                .map(CommandResponses::accepted);
    }

    private Mono<CommandReceipt<StockItemAnswer>> send(
            CommandContext context, Object body, StockItemId id, Object command) {
        var answer = new StockItemAnswer(id.toString(), id.sku().value(), id.warehouse().value());
        return commands.send(context, body, ctx -> new PreparedCommand<>(command, id.toString(), answer));
    }
}
