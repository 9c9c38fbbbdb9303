package org.eads.records;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Lists as a client sent them. {@link List#copyOf} would throw on a {@code null} element while the JSON is still
 * being read, before any field name is known; keeping the nulls lets {@code validate} name the element instead.
 */
final class ListValues {

    private ListValues() {
    }

    static <T> List<T> copy(List<T> values) {
        return values == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(values));
    }

    static void reportNulls(List<?> values, String field, Problems p) {
        for (int i = 0; i < values.size(); i++) {
            if (values.get(i) == null) {
                p.add(field + "[" + i + "]", "is empty");
            }
        }
    }
}
