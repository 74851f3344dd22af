/**
 * Search over HTTP ({@code GET /search}, {@code GET /search/suggest}, {@code GET /admin/search}) and the
 * Elasticsearch wiring, which exists only when {@code spring.elasticsearch.uris} is set; without it search
 * answers 503 search-not-configured and everything else works. See ADR 0020 to 0022.
 */
package io.ultramarket.commerce.search;
