package io.ultramarket.commerce.sagas.fraud;

import io.ultramarket.commerce.schemas.common.Address;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The fraud screen's rules over its own table, {@code fraud_screen_order}: every screened order, with who
 * ordered, the card token, the address and the amount. The counts come from there (never from an
 * aggregate), written in the checkout's transaction, so a retried checkout step finds its own row and
 * gives the same verdict.
 */
@Component
class RuleBasedFraudScreen implements FraudScreen, ScreenedOrders {

    // Stripe's test payment methods by country: pm_card_us, pm_card_de, ...
    private static final Pattern CARD_COUNTRY = Pattern.compile("pm_card_([a-z]{2})");

    private final JdbcTemplate jdbc;
    private final FraudProperties rules;
    private final Clock clock;

    RuleBasedFraudScreen(JdbcTemplate jdbc, FraudProperties rules, Clock clock) {
        this.jdbc = jdbc;
        this.rules = rules;
        this.clock = clock;
    }

    /** Each row keeps a token and address of its own ({@code erased:<order id>}), so no rule counts them together. */
    @Override
    public void forget(Collection<UUID> subjects) {
        subjects.forEach(subject -> jdbc.update("UPDATE fraud_screen_order SET card_token = 'erased:' || order_id,"
                + " address_key = 'erased:' || order_id WHERE customer_id = ? OR order_id = ?", subject, subject));
    }

    @Override
    public RiskAssessment assess(RiskSubject subject) {
        List<RiskAssessment> earlier = jdbc.query("SELECT risk_score, reasons FROM fraud_screen_order WHERE order_id = ?",
                (row, n) -> verdict(row.getInt("risk_score"), reasonsOf(row.getString("reasons"))), subject.orderId());
        if (!earlier.isEmpty()) {
            return earlier.get(0);
        }
        Instant now = clock.instant();
        Timestamp since = Timestamp.from(now.minus(rules.window()));
        String token = subject.paymentMethod().token();
        String address = addressKey(subject.shippingAddress());
        int score = 0;
        List<String> reasons = new ArrayList<>();

        int customerOrders = count("SELECT count(*) FROM fraud_screen_order WHERE customer_id = ? AND screened_at >= ?",
                subject.customerId(), since);
        if (customerOrders + 1 > rules.maxOrdersPerCustomer()) {
            score += rules.velocityPoints();
            reasons.add((customerOrders + 1) + " orders by this customer within " + rules.window());
        }
        int cardCustomers = count("SELECT count(DISTINCT customer_id) FROM fraud_screen_order "
                + "WHERE card_token = ? AND customer_id <> ? AND screened_at >= ?", token, subject.customerId(), since);
        if (cardCustomers + 1 > rules.maxCustomersPerCard()) {
            score += rules.velocityPoints();
            reasons.add("the card was used by " + (cardCustomers + 1) + " customers within " + rules.window());
        }
        int addressCustomers = count("SELECT count(DISTINCT customer_id) FROM fraud_screen_order "
                + "WHERE address_key = ? AND customer_id <> ? AND screened_at >= ?", address, subject.customerId(), since);
        if (addressCustomers + 1 > rules.maxCustomersPerAddress()) {
            score += rules.velocityPoints();
            reasons.add((addressCustomers + 1) + " customers ship to this address within " + rules.window());
        }
        String unusualAmount = unusualAmount(subject);
        if (unusualAmount != null) {
            score += rules.amountPoints();
            reasons.add(unusualAmount);
        }
        Matcher card = CARD_COUNTRY.matcher(token);
        if (card.matches() && !card.group(1).toUpperCase(Locale.ROOT).equals(subject.shippingAddress().country())) {
            score += rules.countryMismatchPoints();
            reasons.add("the card is from " + card.group(1).toUpperCase(Locale.ROOT) + ", the parcel goes to "
                    + subject.shippingAddress().country());
        }

        jdbc.update("INSERT INTO fraud_screen_order (order_id, customer_id, card_token, address_key, amount, currency, "
                        + "screened_at, risk_score, reasons) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (order_id) DO NOTHING",
                subject.orderId(), subject.customerId(), token, address, subject.amount().amount(),
                subject.amount().currency().getCurrencyCode(), Timestamp.from(now), score, String.join("\n", reasons));
        return verdict(score, reasons);
    }

    private String unusualAmount(RiskSubject subject) {
        BigDecimal amount = subject.amount().amount();
        String currency = subject.amount().currency().getCurrencyCode();
        BigDecimal average = jdbc.queryForObject("SELECT avg(amount) FROM fraud_screen_order WHERE customer_id = ? AND currency = ?",
                BigDecimal.class, subject.customerId(), currency);
        if (average == null) {
            return amount.compareTo(rules.firstOrderAmount()) > 0
                    ? "a first order of " + subject.amount() + " (more than " + rules.firstOrderAmount() + ")"
                    : null;
        }
        return amount.compareTo(average.multiply(rules.amountMultipleOfAverage())) > 0
                ? subject.amount() + " is more than " + rules.amountMultipleOfAverage() + " times the customer's average of "
                        + average.setScale(2, RoundingMode.HALF_UP) + " " + currency
                : null;
    }

    private RiskAssessment verdict(int score, List<String> reasons) {
        return new RiskAssessment(score, reasons, score >= rules.reviewThreshold());
    }

    private int count(String sql, Object... arguments) {
        Integer count = jdbc.queryForObject(sql, Integer.class, arguments);
        return count == null ? 0 : count;
    }

    private static List<String> reasonsOf(String stored) {
        return stored.isEmpty() ? List.of() : Arrays.asList(stored.split("\n"));
    }

    private static String addressKey(Address address) {
        return (address.line1() + "|" + address.postalCode() + "|" + address.country()).toLowerCase(Locale.ROOT).strip();
    }
}
