package org.eads.records;

import java.util.List;

/** One page of a list; {@code hasNext} instead of a total, so a page never counts a million rows. */
public record RecordPage(List<RecordSummary> items, int page, int size, boolean hasNext) {
}
