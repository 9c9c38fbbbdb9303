package org.eads.funds;

/** What an account is, as far as tracing cares: money reaching anything but an ordinary account leaves the trail. */
public enum AccountKind {
    ACCOUNT("Account"),
    MERCHANT("Merchant"),
    EXCHANGE("Crypto or currency exchange"),
    CASH("Cash withdrawal");

    private final String label;

    AccountKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Whether traced money that reaches it counts as cashed out. */
    public boolean cashOut() {
        return this != ACCOUNT;
    }
}
