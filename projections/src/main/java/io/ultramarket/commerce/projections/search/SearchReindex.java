package io.ultramarket.commerce.projections.search;

/** A reindex asked for or running: the generation whose documents are indexed again, and the index they go into. */
public record SearchReindex(int generation, String index) {
}
