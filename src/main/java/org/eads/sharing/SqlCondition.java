package org.eads.sharing;

import java.util.Map;

/** A condition for an SQL {@code where} clause and its named parameters. */
public record SqlCondition(String sql, Map<String, Object> params) {
}
