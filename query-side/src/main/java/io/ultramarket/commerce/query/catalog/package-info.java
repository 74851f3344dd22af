/** Reads of the products read model. */
package io.ultramarket.commerce.query.catalog;
