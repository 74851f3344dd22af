package io.ultramarket.commerce.problem.badexample;

import io.ultramarket.commerce.pricing.SkuNotForSale;

/** Breaks "problems know no feature": the central error handling naming one feature's exception. */
public class AdviceThatKnowsAFeature {

    public int statusOf(RuntimeException failure) {
        return failure instanceof SkuNotForSale ? 422 : 500;
    }
}
