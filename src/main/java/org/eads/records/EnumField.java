package org.eads.records;

import java.util.Arrays;
import java.util.Locale;

/** Reads a field of an API request that names a constant, in any case, saying which constants there are. */
public final class EnumField {

    private EnumField() {
    }

    /** The constant, or null for a blank value. */
    public static <E extends Enum<E>> E parse(Class<E> type, String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidRecordException(field, "'" + value + "' is not one of "
                    + Arrays.toString(type.getEnumConstants()));
        }
    }
}
