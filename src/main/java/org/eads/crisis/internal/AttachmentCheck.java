package org.eads.crisis.internal;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

import org.eads.crisis.Attachment;
import org.eads.records.Problems;
import org.springframework.stereotype.Component;

/**
 * Which files a situation report may carry: documents and photographs, at most 10 MB, whose first bytes are what
 * their content type claims. A file that says it is a PDF but is not is refused, so that nobody downloads an
 * executable under a harmless name.
 */
@Component
public class AttachmentCheck {

    private static final int MAX_NAME = 255;
    private static final byte[] PDF = {'%', 'P', 'D', 'F', '-'};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final byte[] ZIP = {'P', 'K', 3, 4};

    private static final Map<String, Predicate<byte[]>> ALLOWED = Map.of(
            "application/pdf", b -> startsWith(b, PDF),
            "image/jpeg", b -> startsWith(b, JPEG),
            "image/png", b -> startsWith(b, PNG),
            "text/plain", AttachmentCheck::isText,
            "text/csv", AttachmentCheck::isText,
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document", b -> startsWith(b, ZIP),
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", b -> startsWith(b, ZIP),
            "application/vnd.openxmlformats-officedocument.presentationml.presentation", b -> startsWith(b, ZIP));

    /** The attachment with a plain file name and content type, or the problems with it under {@code attachment.}. */
    public Attachment check(Attachment a, Problems problems) {
        Problems p = problems.at("attachment");
        if (a.content() == null || a.content().length == 0) {
            p.add("content", "is empty: attach a file with something in it");
            return null;
        }
        if (a.content().length > Attachment.MAX_SIZE) {
            p.add("content", "is " + megabytes(a.content().length) + ": a file may be at most 10 MB");
        }
        String name = plainName(a.fileName());
        if (name.isEmpty()) {
            p.add("fileName", "is required");
        }
        p.maxLength(name, "fileName", MAX_NAME);
        String type = a.contentType() == null ? "" : a.contentType().split(";")[0].strip().toLowerCase(Locale.ROOT);
        Predicate<byte[]> matches = ALLOWED.get(type);
        if (matches == null) {
            p.add("contentType", (type.isEmpty() ? "is required" : "'" + type + "' is not accepted")
                    + ": attach a PDF, JPEG or PNG image, text or CSV file, or a Word, Excel or PowerPoint document");
        } else if (!matches.test(a.content())) {
            p.add("content", "does not match its content type " + type + ": attach the file itself, with its own type");
        }
        return new Attachment(name, type, a.content());
    }

    /** The name without any folder a browser or client sent with it. */
    private static String plainName(String fileName) {
        if (fileName == null) {
            return "";
        }
        String n = fileName.replace('\\', '/');
        return n.substring(n.lastIndexOf('/') + 1).strip();
    }

    private static boolean startsWith(byte[] content, byte[] magic) {
        return content.length >= magic.length && Arrays.equals(content, 0, magic.length, magic, 0, magic.length);
    }

    private static boolean isText(byte[] content) {
        for (byte b : content) {
            if (b == 0) {
                return false;
            }
        }
        return true;
    }

    private static String megabytes(int bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }
}
