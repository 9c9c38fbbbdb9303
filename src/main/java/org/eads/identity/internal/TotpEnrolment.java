package org.eads.identity.internal;

/** What the enrolment page shows: the secret, and its QR code as a data: URI. Public for the template engine. */
public record TotpEnrolment(String secret, String qrCodeDataUri) {

    /** The secret in groups of four, as people copy it into an app by hand. */
    public String grouped() {
        return secret.replaceAll("(.{4})(?!$)", "$1 ");
    }
}
