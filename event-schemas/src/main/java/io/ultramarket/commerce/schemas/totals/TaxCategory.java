package io.ultramarket.commerce.schemas.totals;

/** How a product is taxed: each zone has a rate per category (DE: standard 19 %, reduced 7 %). */
public enum TaxCategory { STANDARD, REDUCED, ZERO }
