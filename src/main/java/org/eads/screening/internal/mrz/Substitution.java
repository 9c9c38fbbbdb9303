package org.eads.screening.internal.mrz;

/** One character a scanner probably misread: {@code found} in the zone, {@code suggested} in its place. */
public record Substitution(int line, int position, char found, char suggested) {
}
