/**
 * The catalog over HTTP: product commands, and products read back from their read model; the console's products
 * page.
 */
package io.ultramarket.commerce.catalog;
