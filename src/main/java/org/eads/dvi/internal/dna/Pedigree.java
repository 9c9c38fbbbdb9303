package org.eads.dvi.internal.dna;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A family as kinship testing needs it: persons with their father and mother when those are in the pedigree, the
 * relatives' reference profiles, and which person is the missing one. Build it with {@link #person}; parents must
 * be added before their children.
 */
public final class Pedigree {

    /** A person: ids of father and mother (null when not in the pedigree), the profile when typed. */
    public record Person(String id, String father, String mother, Profile profile) {
    }

    private final Map<String, Person> persons = new LinkedHashMap<>();
    private final String missing;

    public Pedigree(String missing) {
        this.missing = missing;
    }

    /** Adds a person; an untyped one has a null profile. */
    public Pedigree person(String id, String father, String mother, Profile profile) {
        for (String parent : new String[] {father, mother}) {
            if (parent != null && !persons.containsKey(parent)) {
                throw new IllegalArgumentException(id + "'s parent " + parent + " must be added first");
            }
        }
        if ((father == null) != (mother == null)) {
            throw new IllegalArgumentException(id + " needs both parents or neither (add an untyped one)");
        }
        persons.put(id, new Person(id, father, mother, profile));
        return this;
    }

    public String missing() {
        return missing;
    }

    public List<Person> persons() {
        return new ArrayList<>(persons.values());
    }

    public Person get(String id) {
        return persons.get(id);
    }

    /** The common cases, ready made: the missing person "MP" and the typed relatives. */
    public static Pedigree parentChild(Profile parent) {
        return new Pedigree("MP").person("P", null, null, parent).person("O", null, null, null)
                .person("MP", "P", "O", null);
    }

    public static Pedigree bothParents(Profile father, Profile mother) {
        return new Pedigree("MP").person("F", null, null, father).person("M", null, null, mother)
                .person("MP", "F", "M", null);
    }

    /** Children of the missing person, with their other parent when typed (null when not). */
    public static Pedigree children(Profile otherParent, List<Profile> children) {
        Pedigree p = new Pedigree("MP").person("MP", null, null, null).person("S", null, null, otherParent);
        for (int i = 0; i < children.size(); i++) {
            p.person("C" + i, "MP", "S", children.get(i));
        }
        return p;
    }

    public static Pedigree fullSiblings(List<Profile> siblings) {
        Pedigree p = new Pedigree("MP").person("F", null, null, null).person("M", null, null, null)
                .person("MP", "F", "M", null);
        for (int i = 0; i < siblings.size(); i++) {
            p.person("B" + i, "F", "M", siblings.get(i));
        }
        return p;
    }

    /** A half sibling through a shared parent; the other parents are not in the family's samples. */
    public static Pedigree halfSibling(Profile halfSibling) {
        return new Pedigree("MP").person("F", null, null, null).person("M1", null, null, null)
                .person("M2", null, null, null).person("MP", "F", "M1", null).person("H", "F", "M2", halfSibling);
    }

    /** A grandparent on one side. */
    public static Pedigree grandparent(Profile grandparent) {
        return new Pedigree("MP").person("G", null, null, grandparent).person("G2", null, null, null)
                .person("P", "G", "G2", null).person("O", null, null, null).person("MP", "P", "O", null);
    }
}
