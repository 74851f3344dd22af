package io.ultramarket.commerce.pricing;

import io.ultramarket.commerce.schemas.common.DescribedProblem;
import io.ultramarket.commerce.schemas.common.Sku;

/** The shop sells no such SKU right now (unknown, or its product is not published): it cannot be priced. */
public class SkuNotForSale extends RuntimeException implements DescribedProblem {

    public SkuNotForSale(Sku sku) {
        super("SKU " + sku + " is not for sale: no published product lists it.");
    }

    @Override
    public int status() {
        return 422;
    }
}
