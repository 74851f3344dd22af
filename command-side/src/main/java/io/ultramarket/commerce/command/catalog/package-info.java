/** The Product aggregate: a catalog entry with its variants, its category and whether shoppers see it. */
package io.ultramarket.commerce.command.catalog;
