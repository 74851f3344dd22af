/**
 * Search documents: the {@code product-search} projection keeps one document per product in PostgreSQL
 * (with the product's availability from its SKUs' stock), and {@link io.ultramarket.commerce.projections.search.SearchIndexer}
 * ships changed documents to Elasticsearch, one index per generation behind an alias. See ADR 0020.
 */
package io.ultramarket.commerce.projections.search;
