/** The products read model ({@code GET /products/{id}}) and the product state that the search projection shares. */
package io.ultramarket.commerce.projections.catalog;
