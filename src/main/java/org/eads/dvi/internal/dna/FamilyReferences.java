package org.eads.dvi.internal.dna;

import java.util.ArrayList;
import java.util.List;

/**
 * Builds the pedigree of a missing person from the family's reference samples and their stated relationships:
 * parents, full siblings (children of the same two parents, typed or not), half siblings (sharing the father's
 * place, with an untyped other parent), grandparents (parents of the father's place), children (with the spouse as
 * their other parent, typed or not). The missing person is "MP".
 */
public final class FamilyReferences {

    /** A reference sample of a relative. */
    public record Reference(Relationship relationship, Profile profile) {
    }

    private FamilyReferences() {
    }

    public static Pedigree pedigree(List<Reference> references) {
        Pedigree p = new Pedigree("MP");
        List<Profile> grandparents = of(references, Relationship.GRANDPARENT);
        Profile father = first(references, Relationship.FATHER);
        Profile mother = first(references, Relationship.MOTHER);
        List<Profile> siblings = of(references, Relationship.FULL_SIBLING);
        List<Profile> halves = of(references, Relationship.HALF_SIBLING);
        List<Profile> children = of(references, Relationship.CHILD);
        boolean parents = father != null || mother != null || !siblings.isEmpty() || !halves.isEmpty()
                || !grandparents.isEmpty();
        if (!grandparents.isEmpty()) {
            p.person("G1", null, null, grandparents.get(0))
                    .person("G2", null, null, grandparents.size() > 1 ? grandparents.get(1) : null)
                    .person("F", "G1", "G2", father);
        } else if (parents) {
            p.person("F", null, null, father);
        }
        if (parents) {
            p.person("M", null, null, mother).person("MP", "F", "M", null);
        } else {
            p.person("MP", null, null, null);
        }
        for (int i = 0; i < siblings.size(); i++) {
            p.person("B" + i, "F", "M", siblings.get(i));
        }
        for (int i = 0; i < halves.size(); i++) {
            p.person("HM" + i, null, null, null).person("H" + i, "F", "HM" + i, halves.get(i));
        }
        if (!children.isEmpty()) {
            p.person("S", null, null, first(references, Relationship.SPOUSE));
            for (int i = 0; i < children.size(); i++) {
                p.person("C" + i, "MP", "S", children.get(i));
            }
        }
        return p;
    }

    private static List<Profile> of(List<Reference> references, Relationship r) {
        List<Profile> out = new ArrayList<>();
        references.stream().filter(x -> x.relationship() == r).forEach(x -> out.add(x.profile()));
        return out;
    }

    private static Profile first(List<Reference> references, Relationship r) {
        List<Profile> all = of(references, r);
        return all.isEmpty() ? null : all.get(0);
    }
}
