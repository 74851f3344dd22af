package io.ultramarket.commerce.schemas.totals;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Where a cart ships to, as far as prices depend on it: an ISO 3166-1 alpha-2 country and, where taxes differ
 * within it, an ISO 3166-2 subdivision code without the country (US and NY for New York).
 */
public record Destination(String country, String region) {

    private static final Set<String> ISO_COUNTRIES = Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA2);
    private static final Pattern REGION = Pattern.compile("[A-Z0-9]{1,3}");

    public Destination {
        if (country == null || !ISO_COUNTRIES.contains(country)) {
            throw new IllegalArgumentException("country '" + country + "' is not an ISO 3166-1 alpha-2 code such as DE");
        }
        if (region != null && !REGION.matcher(region).matches()) {
            throw new IllegalArgumentException("region '" + region
                    + "' is not an ISO 3166-2 subdivision code without its country, such as NY");
        }
    }

    public static Destination of(String country) {
        return new Destination(country, null);
    }

    /** The tax zone's name: {@code DE}, or {@code US-NY} with a region. */
    public String zone() {
        return region == null ? country : country + "-" + region;
    }
}
