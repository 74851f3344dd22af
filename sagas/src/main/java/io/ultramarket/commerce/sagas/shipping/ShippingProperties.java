package io.ultramarket.commerce.sagas.shipping;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;
import java.util.Map;

/**
 * Shipping ({@code commerce.shipping.*}).
 *
 * @param unitWeightGrams    the weight of one unit, to weigh a parcel (until the catalog knows each product's)
 * @param defaultCountry     the destination quoted by {@code GET /shipping/rates} when the request names none
 * @param webhookSecrets     each carrier's webhook signing secret, by carrier name; without one, a simulated
 *                           carrier signs with a random secret made at start-up and any other is refused
 * @param signatureTolerance how far a webhook's signature timestamp may be from now
 * @param webhookBaseUrl     where the simulated carriers send their tracking updates; empty means this app
 *                           itself ({@code http://localhost:<its port>})
 * @param dispatchAfter      how long after a shipment is created a simulated carrier reports it dispatched
 * @param deliverAfter       how long after the dispatch report a simulated carrier reports it delivered
 */
@ConfigurationProperties("commerce.shipping")
public record ShippingProperties(@DefaultValue("500") int unitWeightGrams,
                                 @DefaultValue("DE") String defaultCountry,
                                 Map<String, String> webhookSecrets,
                                 @DefaultValue("5m") Duration signatureTolerance,
                                 String webhookBaseUrl,
                                 @DefaultValue("2s") Duration dispatchAfter,
                                 @DefaultValue("10s") Duration deliverAfter) {

    public ShippingProperties {
        webhookSecrets = webhookSecrets == null ? Map.of() : Map.copyOf(webhookSecrets);
    }

    public Parcel parcelOf(int units) {
        return new Parcel(units, units * unitWeightGrams);
    }
}
