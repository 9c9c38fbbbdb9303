package org.eads.dvi;

import java.time.Instant;
import java.util.UUID;

/**
 * A photograph of a body or one supplied for a missing person, as received: its type, size in pixels and bytes, and
 * the SHA-256 of the original, which anyone holding a copy can recompute.
 */
public record Photograph(UUID id, DviFile.Kind fileKind, UUID fileId, String caption, String contentType, int width,
                         int height, int sizeBytes, String sha256, Instant uploadedAt) {

    /** The bytes of a photograph or of its preview, with their media type. */
    public record Image(String contentType, byte[] bytes) {
    }
}
