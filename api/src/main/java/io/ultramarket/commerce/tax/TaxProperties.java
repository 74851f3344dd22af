package io.ultramarket.commerce.tax;

import io.ultramarket.commerce.schemas.totals.TaxCategory;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.format.annotation.DateTimeFormat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Taxes ({@code commerce.tax.*}); the seed (DE, FR, AT, NL and US-NY) is in {@code application.yml}.
 *
 * @param zones           the tax zones by name: a country ({@code DE}) or a country's region ({@code US-NY}); a country
 *                        with region zones only needs a region in its destinations
 * @param categories      a catalog category (and everything under it) to its tax category, such as {@code books: REDUCED};
 *                        the longest matching category wins; a product's own tax category comes first (ADR 0075)
 * @param defaultCategory the tax category of a product without one of its own whose catalog category is not listed
 */
@ConfigurationProperties("commerce.tax")
public record TaxProperties(Map<String, Zone> zones, Map<String, TaxCategory> categories,
                            @DefaultValue("STANDARD") TaxCategory defaultCategory) {

    public TaxProperties {
        zones = zones == null ? Map.of() : Map.copyOf(zones);
        categories = categories == null ? Map.of() : Map.copyOf(categories);
    }

    /**
     * @param pricesIncludeTax true where prices are shown gross, with the tax inside (the EU); false where tax is
     *                         added to them (the US)
     * @param rates            the rates over time; a category without a rate of its own is taxed at the standard rate
     */
    public record Zone(boolean pricesIncludeTax, List<Rate> rates) {

        public Zone {
            rates = rates == null ? List.of() : List.copyOf(rates);
        }
    }

    /**
     * @param validFrom  the first day the rate applies
     * @param validUntil the first day it no longer applies; none for a rate in force
     */
    public record Rate(TaxCategory category, BigDecimal percent,
                       @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate validFrom,
                       @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate validUntil) {

        boolean appliesOn(LocalDate day) {
            return !day.isBefore(validFrom) && (validUntil == null || day.isBefore(validUntil));
        }
    }
}
