package io.ultramarket.commerce.load;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CartFillTest {

    @Test
    void rotatesOverTheCatalogAndStopsBeforeALineWouldExceedItsLimit() {
        CartFill fill = new CartFill();
        int adds = 0;
        while (fill.hasRoomFor(1)) {
            assertThat(fill.nextSku()).isEqualTo(Catalog.sku(adds));
            fill.added(1);
            adds++;
        }

        assertThat(adds).isEqualTo(Catalog.SKU_COUNT * Catalog.MAX_UNITS_PER_LINE);
    }

    @Test
    void aRefusalByTheAppEndsTheCartAndANewCartStartsEmpty() {
        CartFill fill = new CartFill();
        fill.added(1);
        fill.refusedByApp();
        assertThat(fill.hasRoomFor(1)).isFalse();

        fill.emptied();

        assertThat(fill.hasRoomFor(Catalog.MAX_UNITS_PER_LINE)).isTrue();
        assertThat(fill.nextSku()).isEqualTo(Catalog.sku(0));
    }

    @Test
    void theCatalogStaysBelowTheAppsLineLimit() {
        assertThat(Catalog.SKU_COUNT).isLessThan(50);
    }
}
