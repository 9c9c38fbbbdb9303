package org.eads.dvi.internal.dental;

import java.util.EnumSet;
import java.util.Set;

/**
 * One tooth of a chart: its FDI / ISO 3950 number (11-48 permanent, 51-85 deciduous), status, the filled surfaces
 * and the material of a filling or crown.
 */
public record Tooth(int number, ToothStatus status, Set<Surface> surfaces, Material material) {

    /** Tooth surfaces: mesial, occlusal, distal, buccal or facial, lingual or palatal, incisal. */
    public enum Surface { M, O, D, B, L, I }

    public enum Material { AMALGAM, COMPOSITE, GOLD, PORCELAIN, TEMPORARY }

    public Tooth {
        if (!valid(number)) {
            throw new IllegalArgumentException(number + " is not an FDI tooth number (11-48 permanent, 51-85 deciduous)");
        }
        surfaces = surfaces == null || surfaces.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(surfaces));
    }

    public static Tooth of(int number, ToothStatus status) {
        return new Tooth(number, status, Set.of(), null);
    }

    public static Tooth filled(int number, Material material, Surface... surfaces) {
        return new Tooth(number, ToothStatus.FILLED, Set.of(surfaces), material);
    }

    /** Quadrants 1-4 with teeth 1-8 (permanent), 5-8 with teeth 1-5 (deciduous). */
    public static boolean valid(int number) {
        int quadrant = number / 10;
        int tooth = number % 10;
        return quadrant >= 1 && quadrant <= 4 ? tooth >= 1 && tooth <= 8 : quadrant >= 5 && quadrant <= 8 && tooth >= 1 && tooth <= 5;
    }

    public boolean deciduous() {
        return number / 10 >= 5;
    }

    /** The permanent tooth in the same place: 55 is in 15's place. */
    public int place() {
        return deciduous() ? (number / 10 - 4) * 10 + number % 10 : number;
    }
}
