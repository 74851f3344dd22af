package io.ultramarket.commerce.sagas.shipping;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
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
 * @param rates              the simulated carriers' rate tables: carrier, then service, then currency
 *                           ({@code rates.parcelpost.standard.USD}); laid over {@link #DEFAULT_RATES}, the EUR
 *                           tables, so a currency configured for a service adds to them (or replaces EUR's). A
 *                           service is quoted only in the currencies it has a rate in (ADR 0076).
 */
@ConfigurationProperties("commerce.shipping")
public record ShippingProperties(@DefaultValue("500") int unitWeightGrams,
                                 @DefaultValue("DE") String defaultCountry,
                                 Map<String, String> webhookSecrets,
                                 @DefaultValue("5m") Duration signatureTolerance,
                                 String webhookBaseUrl,
                                 @DefaultValue("2s") Duration dispatchAfter,
                                 @DefaultValue("10s") Duration deliverAfter,
                                 Map<String, Map<String, Map<Currency, Rate>>> rates) {

    private static final Currency EUR = Currency.getInstance("EUR");

    /** The simulated carriers' EUR rates, the shop's prices since ADR 0065: every other currency is configured. */
    public static final Map<String, Map<String, Map<Currency, Rate>>> DEFAULT_RATES = Map.of(
            "parcelpost", Map.of(
                    "standard", Map.of(EUR, Rate.of("4.90", "0.80", "6.00")),
                    "express", Map.of(EUR, Rate.of("9.90", "1.20", "12.00"))),
            "swiftship", Map.of(
                    "economy", Map.of(EUR, Rate.of("3.90", "1.10", "8.00")),
                    "nextday", Map.of(EUR, Rate.of("14.90", "1.00", "15.00"))));

    public ShippingProperties {
        webhookSecrets = webhookSecrets == null ? Map.of() : Map.copyOf(webhookSecrets);
        rates = over(DEFAULT_RATES, rates == null ? Map.of() : rates);
    }

    public Parcel parcelOf(int units) {
        return new Parcel(units, units * unitWeightGrams);
    }

    /** A service's rates by currency; empty for a service nobody configured. */
    public Map<Currency, Rate> ratesOf(String carrier, String service) {
        return rates.getOrDefault(carrier, Map.of()).getOrDefault(service, Map.of());
    }

    /**
     * One service's price in one currency: {@code base} plus {@code perKilogram} for each started kilogram, plus
     * {@code abroadSurcharge} outside the carrier's home country. Amounts may have more decimals than the currency's
     * minor unit: a quote is rounded to it (half up) once, after adding them up.
     */
    public record Rate(BigDecimal base, BigDecimal perKilogram, BigDecimal abroadSurcharge) {

        public Rate {
            if (base == null || perKilogram == null) {
                throw new IllegalArgumentException("a shipping rate names its base and per-kilogram price");
            }
            abroadSurcharge = abroadSurcharge == null ? BigDecimal.ZERO : abroadSurcharge;
            if (base.signum() < 0 || perKilogram.signum() < 0 || abroadSurcharge.signum() < 0) {
                throw new IllegalArgumentException("shipping rates are never negative");
            }
        }

        public static Rate of(String base, String perKilogram, String abroadSurcharge) {
            return new Rate(new BigDecimal(base), new BigDecimal(perKilogram), new BigDecimal(abroadSurcharge));
        }
    }

    private static Map<String, Map<String, Map<Currency, Rate>>> over(Map<String, Map<String, Map<Currency, Rate>>> defaults,
                                                                      Map<String, Map<String, Map<Currency, Rate>>> configured) {
        Map<String, Map<String, Map<Currency, Rate>>> merged = new LinkedHashMap<>();
        for (var tables : List.of(defaults, configured)) {
            tables.forEach((carrier, services) -> services.forEach((service, byCurrency) ->
                    merged.computeIfAbsent(carrier, name -> new LinkedHashMap<>())
                            .computeIfAbsent(service, name -> new LinkedHashMap<>())
                            .putAll(byCurrency)));
        }
        Map<String, Map<String, Map<Currency, Rate>>> copy = new LinkedHashMap<>();
        merged.forEach((carrier, services) -> {
            Map<String, Map<Currency, Rate>> serviceCopy = new LinkedHashMap<>();
            services.forEach((service, byCurrency) -> serviceCopy.put(service, Map.copyOf(byCurrency)));
            copy.put(carrier, Map.copyOf(serviceCopy));
        });
        return Map.copyOf(copy);
    }
}
