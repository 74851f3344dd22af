package io.ultramarket.commerce.schemas.totals;

/**
 * Why an order carries no tax although its zone taxes it (ADR 0075): {@value #CUSTOMER}, a customer staff marked
 * tax-exempt (a business buying under reverse charge, say). The evidence staff recorded stays in the customer's
 * events, which hold it as personal data; the order only says that the exemption applied.
 */
public record TaxExemption(String reason) {

    /** The buyer was a tax-exempt customer at checkout. */
    public static final String CUSTOMER = "customer-tax-exempt";
    public static final int MAX_REASON = 64;

    public TaxExemption {
        if (reason == null || reason.isBlank() || reason.length() > MAX_REASON) {
            throw new IllegalArgumentException("a tax exemption's reason has 1 to " + MAX_REASON + " characters, was '"
                    + reason + "'");
        }
    }

    /** The exemption of a customer staff marked tax-exempt. */
    public static TaxExemption ofCustomer() {
        return new TaxExemption(CUSTOMER);
    }
}
