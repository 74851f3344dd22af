/** The catalog over HTTP: product commands, and products read back from their read model. */
package io.ultramarket.commerce.catalog;
