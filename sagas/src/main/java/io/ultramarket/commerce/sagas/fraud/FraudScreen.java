package io.ultramarket.commerce.sagas.fraud;

/**
 * Scores an order's risk before payment. Screening the same order again gives the same verdict, since
 * the checkout may screen it again when its step is retried.
 */
public interface FraudScreen {

    RiskAssessment assess(RiskSubject subject);
}
