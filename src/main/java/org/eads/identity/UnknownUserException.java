package org.eads.identity;

/** No user has this username (or id). */
public class UnknownUserException extends RuntimeException {

    public UnknownUserException(String username) {
        super("No user is called '" + username + "'");
    }
}
