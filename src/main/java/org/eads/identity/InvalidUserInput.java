package org.eads.identity;

/**
 * A change to a user that e-ADS refuses, with the form field it is about and a message that tells what to fix.
 * {@code field} is one of the {@link NewUser} component names, or {@code null} when the whole change is refused.
 */
public class InvalidUserInput extends IllegalArgumentException {

    private final String field;

    public InvalidUserInput(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
