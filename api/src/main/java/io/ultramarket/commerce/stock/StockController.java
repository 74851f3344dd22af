package io.ultramarket.commerce.stock;

import io.ultramarket.commerce.dispatch.CommandContext;
import io.ultramarket.commerce.dispatch.CommandDispatcher;
import io.ultramarket.commerce.dispatch.CommandReceipt;
import io.ultramarket.commerce.dispatch.PreparedCommand;
import io.ultramarket.commerce.schemas.common.Sku;
import io.ultramarket.commerce.schemas.stock.AdjustStock;
import io.ultramarket.commerce.schemas.stock.ReceiveStock;
import io.ultramarket.commerce.schemas.stock.RegisterStockItem;
import io.ultramarket.commerce.schemas.stock.StockItemId;
import io.ultramarket.commerce.stock.StockRequests.AdjustStockRequest;
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
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

import java.net.URI;
import java.util.Optional;

/** Stock over HTTP: register a SKU in a warehouse, book receipts and adjustments, read the levels. */
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

    private Mono<CommandReceipt<StockItemAnswer>> send(
            CommandContext context, Object body, StockItemId id, Object command) {
        var answer = new StockItemAnswer(id.toString(), id.sku().value(), id.warehouse().value());
        return commands.send(context, body, ctx -> new PreparedCommand<>(command, id.toString(), answer));
    }
}
