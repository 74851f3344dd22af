/**
 * Product search over Elasticsearch's async client: full text with typo tolerance, filters, sorting,
 * paging and facets, and autocomplete. It reads the alias that the search indexer keeps pointing at the
 * complete index (see ADR 0020), and never blocks the caller's thread.
 */
package io.ultramarket.commerce.query.search;
