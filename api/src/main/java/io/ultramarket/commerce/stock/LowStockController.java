package io.ultramarket.commerce.stock;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.ultramarket.commerce.freshness.ReadYourWrites;
import io.ultramarket.commerce.problem.FieldError;
import io.ultramarket.commerce.problem.InvalidParameters;
import io.ultramarket.commerce.problem.ResourceNotFound;
import io.ultramarket.commerce.projections.stockalert.LowStockSchema;
import io.ultramarket.commerce.query.stockalert.LowStock;
import io.ultramarket.commerce.query.stockalert.LowStockItem;
import io.ultramarket.commerce.schemas.common.Sku;
import io.ultramarket.commerce.schemas.stock.StockItemId;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

import java.util.List;
import java.util.Optional;

/**
 * Low-stock alerts for staff (ADR 0059), from the low-stock read model: a SKU's thresholds and alerts per
 * warehouse, and the low stock items a page at a time. Not public like the stock levels: thresholds are the
 * shop's business.
 */
@RestController
class LowStockController {

    static final int MAX_PAGE_SIZE = 200;

    private final LowStock lowStock;
    private final ReadYourWrites readYourWrites;

    LowStockController(LowStock lowStock, ReadYourWrites readYourWrites) {
        this.lowStock = lowStock;
        this.readYourWrites = readYourWrites;
    }

    /** Each warehouse's own threshold (null: the shop's default) and whether it is low; waits for a position given. */
    @GetMapping(path = "/stock/{sku}/low-stock", produces = MediaType.APPLICATION_JSON_VALUE)
    Mono<ResponseEntity<LowStockOfSku>> ofSku(@PathVariable Sku sku,
                                              @RequestHeader(name = ReadYourWrites.POSITION_HEADER, required = false) Long position) {
        Mono<LowStockOfSku> alerts = lowStock.ofSku(sku.value()).collectList()
                .filter(items -> !items.isEmpty())
                .map(items -> new LowStockOfSku(sku.value(), items));
        return readYourWrites.answer(LowStockSchema.PROJECTION, Optional.ofNullable(position), alerts)
                .switchIfEmpty(Mono.error(() -> new ResourceNotFound("stock of SKU", sku.value())));
    }

    /**
     * The low stock items in SKU and warehouse order, {@code limit} at a time; {@code next} names the last item
     * of a full page, to pass as {@code after} for the next one (null at the end).
     */
    @GetMapping(path = "/low-stock", produces = MediaType.APPLICATION_JSON_VALUE)
    Mono<LowStockPage> page(
            @RequestParam(name = "after", required = false) String after,
            @RequestParam(name = "limit", defaultValue = "50")
            @Min(value = 1, message = "limit must be between 1 and " + MAX_PAGE_SIZE)
            @Max(value = MAX_PAGE_SIZE, message = "limit must be between 1 and " + MAX_PAGE_SIZE) int limit) {
        Optional<StockItemId> from = parseAfter(after);
        return lowStock.lowAfter(from.map(id -> id.sku().value()).orElse(""),
                        from.map(id -> id.warehouse().value()).orElse(""), limit)
                .collectList()
                .map(items -> new LowStockPage(items, items.size() < limit ? null
                        : items.get(items.size() - 1).sku() + "@" + items.get(items.size() - 1).warehouse()));
    }

    private static Optional<StockItemId> parseAfter(String after) {
        if (after == null || after.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(StockItemId.parse(after));
        } catch (IllegalArgumentException invalid) {
            throw new InvalidParameters(List.of(new FieldError("after", invalid.getMessage())));
        }
    }

    record LowStockOfSku(String sku, List<LowStockItem> warehouses) {
    }

    record LowStockPage(List<LowStockItem> items, @JsonInclude(JsonInclude.Include.ALWAYS) String next) {
    }
}
