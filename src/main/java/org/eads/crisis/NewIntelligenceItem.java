package org.eads.crisis;

/**
 * An intelligence item as given.
 *
 * @param kind an {@link IntelligenceKind} name
 */
public record NewIntelligenceItem(String kind, String value, String note) {
}
