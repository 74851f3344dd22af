package io.ultramarket.commerce.schemas.catalog;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Where a product sits in the category tree, written as a path such as {@code apparel/shoes}: one to
 * eight segments of lower-case letters, digits and '-', separated by '/'. A product in
 * {@code apparel/shoes} is also in {@code apparel}, which {@link #withAncestors()} spells out.
 */
public record CategoryPath(@JsonValue String value) {

    private static final Pattern SHAPE = Pattern.compile("[a-z0-9][a-z0-9-]{0,39}(/[a-z0-9][a-z0-9-]{0,39}){0,7}");

    public CategoryPath {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("category must not be blank");
        }
        if (!SHAPE.matcher(value).matches()) {
            throw new IllegalArgumentException("category '" + value + "' must be a path such as apparel/shoes: "
                    + "1 to 8 segments of lower-case letters, digits and '-', separated by '/'");
        }
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static CategoryPath of(String value) {
        return new CategoryPath(value);
    }

    /** The path and each of its ancestors, root first: {@code apparel/shoes} gives [apparel, apparel/shoes]. */
    public List<String> withAncestors() {
        List<String> paths = new ArrayList<>();
        int slash = value.indexOf('/');
        while (slash > 0) {
            paths.add(value.substring(0, slash));
            slash = value.indexOf('/', slash + 1);
        }
        paths.add(value);
        return List.copyOf(paths);
    }

    @Override
    public String toString() {
        return value;
    }
}
