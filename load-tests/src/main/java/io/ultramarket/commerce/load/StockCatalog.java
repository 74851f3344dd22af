package io.ultramarket.commerce.load;

import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

/**
 * The stock items that the stock scenarios book receipts for: 200 SKUs in one warehouse. Each client gets
 * its own share of them (client i of n takes SKUs i, i+n, i+2n, ...), so that with up to 200 clients no two
 * of them write one stock item at the same time. With more clients than SKUs, the extra clients share.
 */
final class StockCatalog {

    static final int SKU_COUNT = 200;
    static final String WAREHOUSE = "BER-1";
    /** Units a SKU starts with when the scenario registers it; receipts add one unit each. */
    static final int INITIAL_ON_HAND = 100;

    private StockCatalog() {
    }

    /** SKU number {@code index} (taken modulo the catalog size), e.g. LOAD-STOCK-007. */
    static String sku(int index) {
        return String.format(Locale.ROOT, "LOAD-STOCK-%03d", Math.floorMod(index, SKU_COUNT));
    }

    /** The SKUs that client {@code client} of {@code clients} registers: its share, empty beyond the catalog. */
    static List<String> registeredBy(int client, int clients) {
        return IntStream.iterate(client, index -> index < SKU_COUNT, index -> index + clients)
                .mapToObj(StockCatalog::sku)
                .toList();
    }

    /** The SKUs that client {@code client} of {@code clients} books receipts for, in turn: never empty. */
    static List<String> bookedBy(int client, int clients) {
        List<String> own = registeredBy(client, clients);
        return own.isEmpty() ? List.of(sku(client)) : own;
    }
}
