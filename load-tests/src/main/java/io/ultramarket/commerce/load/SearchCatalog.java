package io.ultramarket.commerce.load;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;

/**
 * The products the search benchmark seeds, and the searches its shoppers send. Product {@code n} is made
 * from small word lists, so that every search word matches a known share of the catalog.
 */
final class SearchCatalog {

    static final List<String> ADJECTIVES = List.of("red", "blue", "green", "black", "white", "light", "classic",
            "trail", "urban", "soft");
    static final List<String> MATERIALS = List.of("cotton", "leather", "wool", "linen", "steel", "oak", "ceramic",
            "canvas", "denim", "bamboo");
    static final List<String> NOUNS = List.of("shoe", "boot", "jacket", "shirt", "mug", "lamp", "chair", "table",
            "bag", "watch");
    private static final List<String> CATEGORIES = List.of("apparel/shoes", "apparel/shoes", "apparel/jackets",
            "apparel/shirts", "home/kitchen", "home/lighting", "home/furniture", "home/furniture",
            "accessories/bags", "accessories/watches");
    private static final List<String> COLOURS = List.of("red", "blue", "green", "black", "white");
    private static final List<String> SIZES = List.of("S", "M", "L", "XL");

    private SearchCatalog() {
    }

    /** The body of {@code POST /products} for product number {@code n}: two variants, one currency. */
    static Map<String, Object> product(long n) {
        int adjective = (int) (n % 10);
        int material = (int) (n / 10 % 10);
        int noun = (int) (n / 100 % 10);
        String colour = COLOURS.get((int) (n % COLOURS.size()));
        long cents = 500 + (n * 3_779) % 29_500;
        Map<String, Object> product = new LinkedHashMap<>();
        product.put("name", ADJECTIVES.get(adjective) + " " + MATERIALS.get(material) + " " + NOUNS.get(noun) + " " + n);
        product.put("description", "A " + ADJECTIVES.get(adjective) + " " + NOUNS.get(noun) + " made of "
                + MATERIALS.get(material) + ", item " + n + " of the search benchmark");
        product.put("category", CATEGORIES.get(noun));
        product.put("variants", List.of(
                variant("SRCH-" + n + "-A", cents, colour, SIZES.get((int) (n % 4))),
                variant("SRCH-" + n + "-B", cents + 500, colour, SIZES.get((int) ((n + 1) % 4)))));
        return product;
    }

    private static Map<String, Object> variant(String sku, long cents, String colour, String size) {
        String amount = cents / 100 + "." + String.format("%02d", cents % 100);
        return Map.of("sku", sku, "price", Map.of("amount", amount, "currency", "EUR"),
                "attributes", Map.of("colour", colour, "size", size));
    }

    /**
     * A shopper's search: a word (now and then with a typo), a category with a sort, a word within a price
     * range, or a category with an attribute filter; 20 hits a page, always with facets.
     */
    static String query(RandomGenerator random) {
        String noun = NOUNS.get(random.nextInt(NOUNS.size()));
        String adjective = ADJECTIVES.get(random.nextInt(ADJECTIVES.size()));
        String search = switch (random.nextInt(5)) {
            case 0 -> "q=" + encode(adjective + " " + noun);
            case 1 -> "q=" + encode(typo(MATERIALS.get(random.nextInt(MATERIALS.size())), random));
            case 2 -> "category=" + encode(CATEGORIES.get(random.nextInt(CATEGORIES.size()))) + "&sort=price_asc";
            case 3 -> "q=" + encode(noun) + "&minPrice=20&maxPrice=100&sort=price_desc";
            default -> "category=" + encode(CATEGORIES.get(random.nextInt(CATEGORIES.size())).split("/")[0])
                    + "&attr.colour=" + encode(COLOURS.get(random.nextInt(COLOURS.size()))) + "&sort=newest";
        };
        return search + "&size=20";
    }

    /** The word with two neighbouring letters swapped: one edit, which fuzziness AUTO forgives. */
    private static String typo(String word, RandomGenerator random) {
        int at = 1 + random.nextInt(word.length() - 2);
        char[] letters = word.toCharArray();
        char swapped = letters[at];
        letters[at] = letters[at + 1];
        letters[at + 1] = swapped;
        return new String(letters);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
