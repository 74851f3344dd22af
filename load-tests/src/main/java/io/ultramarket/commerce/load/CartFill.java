package io.ultramarket.commerce.load;

import java.util.Arrays;

/**
 * What a client has put into its current cart, so that it opens a new cart before the app would refuse an
 * add. Adds rotate over the whole catalog, so every line grows evenly and the number of lines never exceeds
 * the catalog size (below the app's line limit); the first line to reach the unit limit ends the cart.
 */
final class CartFill {

    private final int[] unitsPerSku = new int[Catalog.SKU_COUNT];
    private int next;
    private boolean refusedByApp;

    /** The SKU the next add puts in. */
    String nextSku() {
        return Catalog.sku(next);
    }

    boolean hasRoomFor(int quantity) {
        return !refusedByApp && unitsPerSku[next] + quantity <= Catalog.MAX_UNITS_PER_LINE;
    }

    void added(int quantity) {
        unitsPerSku[next] += quantity;
        next = (next + 1) % Catalog.SKU_COUNT;
    }

    /** The app refused an add as over a limit (configured lower than the defaults, say): start a new cart. */
    void refusedByApp() {
        refusedByApp = true;
    }

    void emptied() {
        Arrays.fill(unitsPerSku, 0);
        next = 0;
        refusedByApp = false;
    }
}
