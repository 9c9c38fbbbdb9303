package org.eads.sharing;

/** Conditions on the use of a record that travel with it wherever it is shown or exported. */
public enum HandlingCode {
    H0("Purpose-bound: use only for the purpose for which it was provided"),
    H1("Not for use in court without the owner's consent"),
    H2("No onward sharing"),
    H3("Other conditions (see the handling note)");

    private final String meaning;

    HandlingCode(String meaning) {
        this.meaning = meaning;
    }

    public String meaning() {
        return meaning;
    }
}
