package org.eads.crisis;

/** A file attached to a situation report. */
public record Attachment(String fileName, String contentType, byte[] content) {

    /** At most 10 MB. */
    public static final int MAX_SIZE = 10 * 1024 * 1024;
}
