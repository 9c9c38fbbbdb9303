package org.eads.crisis.internal;

import java.time.Instant;

import org.eads.crisis.Casualties;
import org.eads.crisis.CrisisType;
import org.eads.crisis.Distribution;

/** A declaration that passed every check. */
public record ValidCrisis(CrisisType type, String title, String place, Double latitude, Double longitude,
                          Instant occurredAt, Casualties casualties, Distribution distribution, boolean exercise) {
}
