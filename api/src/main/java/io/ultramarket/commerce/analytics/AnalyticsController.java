package io.ultramarket.commerce.analytics;

import io.ultramarket.commerce.query.analytics.Analytics;
import io.ultramarket.commerce.query.analytics.DemandForecast;
import io.ultramarket.commerce.query.analytics.Funnel;
import io.ultramarket.commerce.query.analytics.Granularity;
import io.ultramarket.commerce.query.analytics.Recommendation;
import io.ultramarket.commerce.query.analytics.SalesBucket;
import io.ultramarket.commerce.query.analytics.SalesGrouping;
import io.ultramarket.commerce.query.analytics.SalesQuery;
import io.ultramarket.commerce.query.analytics.TopProduct;
import io.ultramarket.commerce.query.stock.StockLevel;
import io.ultramarket.commerce.query.stock.StockLevels;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The analysts' questions, answered from ClickHouse (eventually consistent: facts arrive within about
 * {@code commerce.analytics.flush-interval} of their events). Parameters are checked together: every
 * mistake is listed in one 400. Without ClickHouse configured, every answer is 503.
 */
@RestController
@RequestMapping(path = "/analytics", produces = MediaType.APPLICATION_JSON_VALUE)
class AnalyticsController {

    private final AnalyticsAccess analytics;
    private final StockLevels stockLevels;

    AnalyticsController(AnalyticsAccess analytics, StockLevels stockLevels) {
        this.analytics = analytics;
        this.stockLevels = stockLevels;
    }

    record SalesReport(LocalDate from, LocalDate to, String granularity, String by, String currency, List<SalesBucket> buckets) {
    }

    record FunnelReport(LocalDate from, LocalDate to, Funnel funnel) {
    }

    record TopProductsReport(LocalDate from, LocalDate to, List<TopProduct> products) {
    }

    record Recommendations(String sku, List<Recommendation> alsoBought) {
    }

    /** Net revenue, units and orders per bucket, SKU and currency. */
    @GetMapping("/sales")
    Mono<SalesReport> sales(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
                            @RequestParam(required = false) String granularity, @RequestParam(required = false) String by,
                            @RequestParam(required = false) String currency) {
        AnalyticsParameters parameters = new AnalyticsParameters();
        LocalDate first = parameters.day("from", from);
        LocalDate last = parameters.day("to", to);
        parameters.period(first, last);
        Granularity width = parameters.choice("granularity", granularity, Granularity.class, Granularity.DAY);
        SalesGrouping grouping = parameters.choice("by", by, SalesGrouping.class, SalesGrouping.SKU);
        Optional<String> inCurrency = parameters.currency(currency);
        parameters.check();
        return analytics.ask(analytics -> analytics.sales(new SalesQuery(first, last, width, grouping, inCurrency)))
                .map(buckets -> new SalesReport(first, last, lower(width), lower(grouping), inCurrency.orElse(null), buckets));
    }

    /** Carts created, checked out, paid and shipped in the period, with conversion rates. */
    @GetMapping("/funnel")
    Mono<FunnelReport> funnel(@RequestParam(required = false) String from, @RequestParam(required = false) String to) {
        AnalyticsParameters parameters = new AnalyticsParameters();
        LocalDate first = parameters.day("from", from);
        LocalDate last = parameters.day("to", to);
        parameters.period(first, last);
        parameters.check();
        return analytics.ask(analytics -> analytics.funnel(first, last)).map(funnel -> new FunnelReport(first, last, funnel));
    }

    /** The SKUs sold most (net units) in the period. */
    @GetMapping("/top-products")
    Mono<TopProductsReport> topProducts(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
                                        @RequestParam(required = false) Integer limit) {
        AnalyticsParameters parameters = new AnalyticsParameters();
        LocalDate first = parameters.day("from", from);
        LocalDate last = parameters.day("to", to);
        parameters.period(first, last);
        int top = parameters.whole("limit", limit, 10, 1, 100);
        parameters.check();
        return analytics.ask(analytics -> analytics.topProducts(first, last, top)).map(products -> new TopProductsReport(first, last, products));
    }

    /** "Customers who bought this SKU also bought", by SKU (products: {@code /products/{id}/recommendations}). */
    @GetMapping("/recommendations")
    Mono<Recommendations> recommendations(@RequestParam(required = false) String sku, @RequestParam(required = false) Integer limit) {
        AnalyticsParameters parameters = new AnalyticsParameters();
        parameters.sku(sku);
        int top = parameters.whole("limit", limit, 5, 1, 50);
        parameters.check();
        return analytics.ask(analytics -> analytics.boughtTogether(sku, top)).map(also -> new Recommendations(sku, also));
    }

    /** Expected daily demand of a SKU and a reorder suggestion from its available stock. */
    @GetMapping("/forecast")
    Mono<DemandForecast> forecast(@RequestParam(required = false) String sku, @RequestParam(required = false) Integer days,
                                  @RequestParam(required = false) Double alpha,
                                  @RequestParam(required = false) Integer leadTimeDays,
                                  @RequestParam(required = false) Integer coverDays) {
        AnalyticsParameters parameters = new AnalyticsParameters();
        parameters.sku(sku);
        int history = parameters.whole("days", days, 28, 1, 366);
        double smoothing = parameters.fraction("alpha", alpha, 0.3);
        int leadTime = parameters.whole("leadTimeDays", leadTimeDays, 7, 0, 365);
        int cover = parameters.whole("coverDays", coverDays, 14, 0, 365);
        parameters.check();
        Analytics reader = analytics.configured();
        return stockLevels.ofSku(sku).map(StockLevel::available).reduce(Integer::sum).map(Optional::of)
                .defaultIfEmpty(Optional.empty())
                .flatMap(available -> reader.forecast(sku, history, smoothing, leadTime, cover, available.orElse(null)));
    }

    private static String lower(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }
}
