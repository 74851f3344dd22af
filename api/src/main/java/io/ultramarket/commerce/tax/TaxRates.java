package io.ultramarket.commerce.tax;

import io.ultramarket.commerce.schemas.totals.Destination;
import io.ultramarket.commerce.schemas.totals.TaxCategory;
import io.ultramarket.commerce.schemas.totals.TaxRate;
import io.ultramarket.commerce.tax.TaxProperties.Rate;
import io.ultramarket.commerce.tax.TaxProperties.Zone;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;

/**
 * The rate a category is taxed at in a destination on a day. A destination's zone is its region's where the shop
 * has one ({@code US-NY}), else its country's; a destination in no zone is not taxed. Among the rates that apply on
 * the day, the one valid from the latest day wins, so a temporary cut (DE's 16 % of the second half of 2020) is
 * written over the rate it interrupts.
 */
@Component
@EnableConfigurationProperties(TaxProperties.class)
public class TaxRates {

    private final TaxProperties properties;

    TaxRates(TaxProperties properties) {
        this.properties = properties;
    }

    public Optional<TaxRate> rateOf(TaxCategory category, Destination destination, LocalDate day) {
        String zoneName = destination.region() != null && properties.zones().containsKey(destination.zone())
                ? destination.zone() : destination.country();
        Zone zone = properties.zones().get(zoneName);
        if (zone == null) {
            return Optional.empty();
        }
        return rateIn(zone, category, day).or(() -> rateIn(zone, TaxCategory.STANDARD, day))
                .map(rate -> new TaxRate(zoneName, rate.category(), rate.percent(), zone.pricesIncludeTax()));
    }

    /**
     * True for a destination in a country the shop taxes by region only (US) that names none of its regions: rates and
     * prices there cannot be known without one.
     */
    public boolean lacksRegion(Destination destination) {
        String country = destination.country();
        boolean byRegionOnly = !properties.zones().containsKey(country)
                && properties.zones().keySet().stream().anyMatch(zone -> zone.startsWith(country + "-"));
        return byRegionOnly && (destination.region() == null || !properties.zones().containsKey(destination.zone()));
    }

    /**
     * The tax category of a product (ADR 0075): the one set on the product itself ({@code own}) when it has one,
     * else its catalog category's ({@code catalogCategory}, such as {@code books/novels}), else the default.
     */
    public TaxCategory categoryOf(TaxCategory own, String catalogCategory) {
        return own != null ? own : categoryOf(catalogCategory);
    }

    /** The tax category of a product in {@code catalogCategory} (such as {@code books/novels}). */
    public TaxCategory categoryOf(String catalogCategory) {
        return properties.categories().entrySet().stream()
                .filter(entry -> catalogCategory != null && (catalogCategory.equals(entry.getKey())
                        || catalogCategory.startsWith(entry.getKey() + "/")))
                .max(Comparator.comparingInt(entry -> entry.getKey().length()))
                .map(Map.Entry::getValue)
                .orElse(properties.defaultCategory());
    }

    private static Optional<Rate> rateIn(Zone zone, TaxCategory category, LocalDate day) {
        return zone.rates().stream()
                .filter(rate -> rate.category() == category && rate.appliesOn(day))
                .max(Comparator.comparing(Rate::validFrom));
    }
}
