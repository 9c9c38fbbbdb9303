package org.eads.scam;

import java.time.LocalDate;

/** A person rescued from or trafficked into a compound, as an analyst enters them. */
public record VictimInput(String nationality, String sex, String ageBand, String recruitedBy, LocalDate rescuedOn) {
}
