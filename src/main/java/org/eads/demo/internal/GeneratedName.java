package org.eads.demo.internal;

import java.util.List;

import org.eads.records.PersonName;

/**
 * A person's names as a record holds them, with {@code latin} the primary name in Latin letters (for display names)
 * and {@code passport} the same as a passport or a bank writes it: plain letters without diacritics, in the
 * spelling the person uses abroad (for document holder names, e-mail addresses and handles).
 */
public record GeneratedName(List<PersonName> names, String latin, String passport) {
}
