package org.eads.dvi.internal.dna;

/** How a family reference donor is related to the missing person, as the family stated it. */
public enum Relationship {
    FATHER, MOTHER, CHILD, FULL_SIBLING, HALF_SIBLING, GRANDPARENT,
    /** The other parent of the missing person's children. */
    SPOUSE
}
