package org.eads.funds;

/** An account: its canonical number at a bank in a country (alpha-3), and what kind of end point it is. */
public record Account(long id, String country, String bank, String number, AccountKind kind) {

    /** How people write it: bank, number and country. */
    public String label() {
        return bank + " " + number + " (" + country + ")";
    }
}
