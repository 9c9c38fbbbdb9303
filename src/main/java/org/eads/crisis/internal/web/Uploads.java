package org.eads.crisis.internal.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.eads.crisis.Attachment;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.multipart.MultipartFile;

/** Files of situation reports, in from a form or multipart request and out as a download. */
final class Uploads {

    private Uploads() {
    }

    /** The uploaded file, or null when the form's file field was left empty. */
    static Attachment attachment(MultipartFile file) throws IOException {
        if (file == null || (file.isEmpty() && (file.getOriginalFilename() == null
                || file.getOriginalFilename().isBlank()))) {
            return null;
        }
        return new Attachment(file.getOriginalFilename(), file.getContentType(), file.getBytes());
    }

    /** Always a download, never shown inline: a file from another member is not opened in the e-ADS origin. */
    static ResponseEntity<byte[]> download(Attachment file) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(file.fileName(), StandardCharsets.UTF_8).build().toString())
                .body(file.content());
    }
}
