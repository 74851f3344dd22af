package io.ultramarket.commerce.projections.search;

import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class IndexListingTest {

    private static IndexListing listing() {
        Map<String, Boolean> found = new LinkedHashMap<>();
        found.put("products-g1-100", false);
        found.put("products-g2-200", true);
        // An index of another name that the alias points at (made by hand, say): switched away from, never deleted.
        found.put("products-by-hand", true);
        return new IndexListing("products", found);
    }

    @Test
    void theAliasedIndicesAreThoseTheAliasPointsAtWhateverTheirNames() {
        assertThat(listing().aliased()).containsExactlyInAnyOrder("products-g2-200", "products-by-hand");
    }

    @Test
    void onlyTheGenerationsIndicesAreOffered() {
        assertThat(listing().generationIndices()).containsExactly("products-g1-100", "products-g2-200");
    }

    @Test
    void aCreatedIndexExistsAndIsNotAliased() {
        IndexListing listing = listing();
        assertThat(listing.exists("products-g3-300")).isFalse();

        listing.created("products-g3-300");

        assertThat(listing.exists("products-g3-300")).isTrue();
        assertThat(listing.aliased()).doesNotContain("products-g3-300");
        assertThat(listing.generationIndices()).contains("products-g3-300");
    }

    @Test
    void creatingAnIndexTheListingHasLeavesItsAliasAlone() {
        IndexListing listing = listing();

        listing.created("products-g2-200");

        assertThat(listing.aliased()).contains("products-g2-200");
    }

    @Test
    void theAliasMovesToOneIndexAlone() {
        IndexListing listing = listing();

        listing.aliasMovedTo("products-g1-100");

        assertThat(listing.aliased()).containsExactly("products-g1-100");
    }

    @Test
    void aDeletedIndexIsGone() {
        IndexListing listing = listing();

        listing.deleted("products-g1-100");

        assertThat(listing.exists("products-g1-100")).isFalse();
        assertThat(listing.generationIndices()).containsExactly("products-g2-200");
    }
}
