package io.ultramarket.commerce.schemas.common;

/**
 * The shop's price for one unit of a SKU, and the price list it was taken from. {@code priceList} names
 * where the price came from ({@value #CATALOG} for the published catalog variant; later issues add named
 * lists for customer groups, currencies and sales), so an auditor can tell which rule priced a line.
 */
public record PriceQuote(Sku sku, Money unitPrice, String priceList) {

    /** Prices of the published catalog variant. */
    public static final String CATALOG = "catalog";
    static final int MAX_PRICE_LIST = 64;

    public PriceQuote {
        if (sku == null) {
            throw new IllegalArgumentException("sku is required");
        }
        if (unitPrice == null) {
            throw new IllegalArgumentException("unitPrice of " + sku + " is required");
        }
        if (priceList == null || priceList.isBlank() || priceList.length() > MAX_PRICE_LIST) {
            throw new IllegalArgumentException("priceList of " + sku + " must be 1 to " + MAX_PRICE_LIST
                    + " characters, was '" + priceList + "'");
        }
    }

    /** The published catalog variant's price. */
    public static PriceQuote fromCatalog(Sku sku, Money unitPrice) {
        return new PriceQuote(sku, unitPrice, CATALOG);
    }
}
