package io.ultramarket.commerce.sagas.fraud;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.math.BigDecimal;
import java.time.Duration;

/**
 * The fraud screen's rules ({@code commerce.fraud.*}). Each rule that fires adds its points; an order with
 * {@code reviewThreshold} points or more waits for a person's review instead of being paid.
 *
 * @param reviewThreshold               points from which an order is held for review
 * @param window                        how far back the velocity rules count (one hour)
 * @param maxOrdersPerCustomer          orders of one customer within the window before it is suspicious
 * @param maxCustomersPerCard           distinct customers using one card token within the window
 * @param maxCustomersPerAddress        distinct customers shipping to one address within the window
 * @param velocityPoints                points for each velocity rule that fires
 * @param amountMultipleOfAverage       an order worth more than this many times the customer's average
 *                                      earlier order is unusual
 * @param firstOrderAmount              a first order above this amount is unusual
 * @param amountPoints                  points for an unusual amount
 * @param countryMismatchPoints         points when the card's country (when the token tells it) differs from
 *                                      the shipping country
 */
@ConfigurationProperties("commerce.fraud")
public record FraudProperties(@DefaultValue("60") int reviewThreshold,
                              @DefaultValue("1h") Duration window,
                              @DefaultValue("5") int maxOrdersPerCustomer,
                              @DefaultValue("3") int maxCustomersPerCard,
                              @DefaultValue("3") int maxCustomersPerAddress,
                              @DefaultValue("60") int velocityPoints,
                              @DefaultValue("5") BigDecimal amountMultipleOfAverage,
                              @DefaultValue("1000") BigDecimal firstOrderAmount,
                              @DefaultValue("30") int amountPoints,
                              @DefaultValue("30") int countryMismatchPoints) {
}
