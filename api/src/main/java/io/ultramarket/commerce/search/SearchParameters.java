package io.ultramarket.commerce.search;

import io.ultramarket.commerce.limits.BoundedAmount;
import io.ultramarket.commerce.problem.FieldError;
import io.ultramarket.commerce.problem.InvalidParameters;
import io.ultramarket.commerce.query.search.SearchQuery;
import io.ultramarket.commerce.query.search.SearchSort;
import io.ultramarket.commerce.schemas.catalog.CategoryPath;
import io.ultramarket.commerce.schemas.productreview.SubmitProductReview;
import org.springframework.util.MultiValueMap;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads {@code GET /search}'s query parameters into a {@link SearchQuery}, collecting every problem as a
 * field error rather than stopping at the first. Attribute filters are {@code attr.<name>=<value>}, and
 * repeating one gives alternatives: {@code attr.colour=blue&attr.colour=red&attr.size=42}.
 */
final class SearchParameters {

    static final String ATTRIBUTE_PREFIX = "attr.";
    static final int MAX_TEXT = 200;
    static final int MAX_SIZE = 100;
    // Elasticsearch's default max_result_window: deeper pages need search_after, not offered here.
    static final int MAX_WINDOW = 10_000;
    private static final int MAX_ATTRIBUTE_TEXT = 64;
    private static final int MAX_ATTRIBUTE_FILTERS = 20;
    private static final Set<String> KNOWN = Set.of("q", "category", "minPrice", "maxPrice", "inStock", "minRating", "sort",
            "page", "size");

    private final MultiValueMap<String, String> parameters;
    private final List<FieldError> errors = new ArrayList<>();

    private final int maxPriceDigits;

    private SearchParameters(MultiValueMap<String, String> parameters, int maxPriceDigits) {
        this.parameters = parameters;
        this.maxPriceDigits = maxPriceDigits;
    }

    /** @param maxPriceDigits digits allowed before a price's decimal point, as for any amount a client sends */
    static SearchQuery read(MultiValueMap<String, String> parameters, int maxPriceDigits) {
        return new SearchParameters(parameters, maxPriceDigits).query();
    }

    private SearchQuery query() {
        parameters.keySet().stream()
                .filter(name -> !KNOWN.contains(name) && !name.startsWith(ATTRIBUTE_PREFIX))
                .forEach(name -> errors.add(new FieldError(name, "unknown parameter; expected one of " + KNOWN
                        + " or attr.<name>")));
        String text = single("q", value -> {
            if (value.length() > MAX_TEXT) {
                throw new IllegalArgumentException("q must be at most " + MAX_TEXT + " characters");
            }
            return value;
        });
        String category = single("category", value -> CategoryPath.of(value).value());
        BigDecimal minPrice = single("minPrice", this::price);
        BigDecimal maxPrice = single("maxPrice", this::price);
        if (minPrice != null && maxPrice != null && minPrice.compareTo(maxPrice) > 0) {
            errors.add(new FieldError("minPrice", "minPrice " + minPrice + " is above maxPrice " + maxPrice));
        }
        Boolean inStock = single("inStock", SearchParameters::flag);
        Integer minRating = single("minRating", value -> {
            int parsed = whole(value, "minRating", SubmitProductReview.MIN_RATING);
            if (parsed > SubmitProductReview.MAX_RATING) {
                throw new IllegalArgumentException("minRating must be at most " + SubmitProductReview.MAX_RATING + ", was " + parsed);
            }
            return parsed;
        });
        SearchSort sort = single("sort", SearchSort::parse);
        Integer page = single("page", value -> whole(value, "page", 0));
        Integer size = single("size", value -> {
            int parsed = whole(value, "size", 1);
            if (parsed > MAX_SIZE) {
                throw new IllegalArgumentException("size must be at most " + MAX_SIZE + ", was " + parsed);
            }
            return parsed;
        });
        int pageSize = size == null ? 20 : size;
        int pageNumber = page == null ? 0 : page;
        if ((long) (pageNumber + 1) * pageSize > MAX_WINDOW) {
            errors.add(new FieldError("page", "page " + pageNumber + " of size " + pageSize + " reaches past the first "
                    + MAX_WINDOW + " hits; narrow the search instead"));
        }
        Map<String, List<String>> attributes = attributes();
        if (!errors.isEmpty()) {
            throw new InvalidParameters(errors);
        }
        return new SearchQuery(text, category, minPrice, maxPrice, Boolean.TRUE.equals(inStock), attributes, minRating,
                sort == null ? SearchSort.RELEVANCE : sort, pageNumber, pageSize);
    }

    private Map<String, List<String>> attributes() {
        Map<String, List<String>> attributes = new LinkedHashMap<>();
        parameters.forEach((name, values) -> {
            if (!name.startsWith(ATTRIBUTE_PREFIX)) {
                return;
            }
            String attribute = name.substring(ATTRIBUTE_PREFIX.length());
            if (attribute.isBlank() || attribute.length() > MAX_ATTRIBUTE_TEXT) {
                errors.add(new FieldError(name, "an attribute name must be 1 to " + MAX_ATTRIBUTE_TEXT + " characters"));
                return;
            }
            List<String> wanted = values.stream().filter(value -> !value.isBlank()).toList();
            if (wanted.isEmpty() || wanted.stream().anyMatch(value -> value.length() > MAX_ATTRIBUTE_TEXT)) {
                errors.add(new FieldError(name, "give 1 to " + MAX_ATTRIBUTE_TEXT + " characters as the value"));
                return;
            }
            attributes.put(attribute, wanted);
        });
        if (attributes.size() > MAX_ATTRIBUTE_FILTERS) {
            errors.add(new FieldError(ATTRIBUTE_PREFIX + "*", "at most " + MAX_ATTRIBUTE_FILTERS + " attribute filters"));
        }
        return attributes;
    }

    /** The parameter's one value, read by {@code parse}; null when absent or blank. */
    private <T> T single(String name, Function<String, T> parse) {
        List<String> values = parameters.getOrDefault(name, List.of());
        if (values.size() > 1) {
            errors.add(new FieldError(name, "give " + name + " once, not " + values.size() + " times"));
            return null;
        }
        if (values.isEmpty() || values.get(0).isBlank()) {
            return null;
        }
        try {
            return parse.apply(values.get(0).strip());
        } catch (IllegalArgumentException invalid) {
            errors.add(new FieldError(name, invalid.getMessage()));
            return null;
        }
    }

    /**
     * Checked as text first, like every amount a client sends: {@code 1e20000000} would otherwise reach
     * Elasticsearch's query as twenty million digits. Four decimals: the scale prices are stored at.
     */
    private BigDecimal price(String value) {
        return BoundedAmount.parse(value, maxPriceDigits, 4);
    }

    private static boolean flag(String value) {
        if (value.equalsIgnoreCase("true") || value.equalsIgnoreCase("false")) {
            return Boolean.parseBoolean(value);
        }
        throw new IllegalArgumentException("inStock must be true or false, was '" + value + "'");
    }

    private static int whole(String value, String name, int minimum) {
        try {
            int parsed = Integer.parseInt(value);
            if (parsed < minimum) {
                throw new IllegalArgumentException(name + " must be at least " + minimum + ", was " + parsed);
            }
            return parsed;
        } catch (NumberFormatException notANumber) {
            throw new IllegalArgumentException("'" + value + "' is not a whole number");
        }
    }
}
