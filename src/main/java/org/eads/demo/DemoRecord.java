package org.eads.demo;

import org.eads.records.RecordInput;

/**
 * One record of the demo dataset: the member that owns it, the agency (by its name in the member seed migration)
 * that holds it, and what to create.
 */
public record DemoRecord(String ownerMemberCode, String agencyName, RecordInput input) {
}
