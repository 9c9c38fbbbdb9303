package org.eads.demo.internal;

import java.time.LocalDate;

import org.eads.records.PersonData;

/** A generated person with what other records about the same person need: the names, date of birth, sex, country. */
public record GeneratedPerson(PersonData data, GeneratedName name, LocalDate born, boolean male, String nationality) {
}
