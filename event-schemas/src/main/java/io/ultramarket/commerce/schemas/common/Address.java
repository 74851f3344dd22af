package io.ultramarket.commerce.schemas.common;

import java.util.Locale;
import java.util.Set;

/** A postal address to ship to. {@code country} is an ISO 3166-1 alpha-2 code such as DE. */
public record Address(@PersonalData String recipient, @PersonalData String line1, @PersonalData String line2,
                      @PersonalData String postalCode, @PersonalData String city, String country) {

    private static final Set<String> ISO_COUNTRIES = Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA2);

    public Address {
        requireText("recipient", recipient, 200);
        requireText("line1", line1, 200);
        if (line2 != null && line2.length() > 200) {
            throw new IllegalArgumentException("line2 must be at most 200 characters");
        }
        requireText("postalCode", postalCode, 20);
        requireText("city", city, 100);
        if (country == null || !ISO_COUNTRIES.contains(country)) {
            throw new IllegalArgumentException("country '" + country + "' is not an ISO 3166-1 alpha-2 code such as DE");
        }
    }

    private static void requireText(String field, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + " must not be blank");
        }
        if (value.length() > maxLength) {
            throw new IllegalArgumentException(field + " must be at most " + maxLength + " characters");
        }
    }
}
