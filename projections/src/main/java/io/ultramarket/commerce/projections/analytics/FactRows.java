package io.ultramarket.commerce.projections.analytics;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Rows waiting to be written, per fact table, in the order the events came. */
final class FactRows {

    private final Map<FactTable, List<Object[]>> rows = new EnumMap<>(FactTable.class);
    private int count;

    void add(FactTable table, Object... values) {
        if (values.length != table.columnCount()) {
            throw new IllegalArgumentException(table + " has " + table.columnCount() + " columns, got " + values.length);
        }
        rows.computeIfAbsent(table, key -> new ArrayList<>()).add(values);
        count++;
    }

    void addAll(FactRows other) {
        other.rows.forEach((table, values) -> rows.computeIfAbsent(table, key -> new ArrayList<>()).addAll(values));
        count += other.count;
    }

    int size() {
        return count;
    }

    boolean isEmpty() {
        return count == 0;
    }

    Map<FactTable, List<Object[]>> byTable() {
        return rows;
    }
}
