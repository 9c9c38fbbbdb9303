package org.eads.dvi;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.apache.commons.codec.digest.DigestUtils;
import org.eads.audit.AuditAction;
import org.eads.audit.AuditEvent;
import org.eads.audit.AuditLog;
import org.eads.dvi.internal.PhotographImage;
import org.eads.dvi.internal.PhotographStore;
import org.eads.identity.CurrentUser;
import org.eads.identity.EadsUser;
import org.eads.records.Problems;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Photographs of PM and AM files: face, tattoos and marks, clothing and effects. Kept as received (JPEG or PNG, with
 * the SHA-256 of the original) beside a small preview; seen by whoever may see the file; every upload and every view
 * audited.
 */
@Service
public class DviPhotographs {

    private final DviFiles files;
    private final PhotographStore store;
    private final AuditLog audit;

    public DviPhotographs(DviFiles files, PhotographStore store, AuditLog audit) {
        this.files = files;
        this.store = store;
        this.audit = audit;
    }

    @Transactional
    public Photograph add(EadsUser user, DviFile.Kind kind, UUID fileId, String caption, byte[] content) {
        DviFile f = files.writable(user, kind, fileId);
        Problems p = new Problems();
        p.require(caption, "caption");
        p.maxLength(caption, "caption", 300);
        PhotographImage image = null;
        try {
            image = PhotographImage.read(content);
        } catch (PhotographImage.Rejected e) {
            p.add("photograph", e.getMessage());
        }
        p.throwIfAny();
        Photograph photograph = new Photograph(UUID.randomUUID(), kind, fileId, caption.strip(), image.contentType(),
                image.width(), image.height(), content.length, DigestUtils.sha256Hex(content), Instant.now());
        store.insert(photograph, f.operationId(), content, image.preview(), user.id());
        audit.record(AuditEvent.ok(user.actor(CurrentUser.clientAddress()), AuditAction.DVI_CHANGE,
                "DVI_" + kind + "_FILE", fileId.toString()).withDetails("photograph " + photograph.id() + " added: "
                + photograph.caption()));
        return store.find(photograph.id()).orElseThrow();
    }

    /** A file's photographs, oldest first; audited. */
    public List<Photograph> of(EadsUser user, DviFile.Kind kind, UUID fileId) {
        files.visible(user, kind, fileId);
        audit.record(AuditEvent.ok(user.actor(CurrentUser.clientAddress()), AuditAction.DVI_VIEW,
                "DVI_" + kind + "_FILE", fileId.toString()).withDetails("photographs"));
        return store.of(kind, fileId);
    }

    /** A photograph's original bytes, or its preview's; audited. Hidden photographs answer as missing. */
    public Photograph.Image image(EadsUser user, UUID photographId, boolean preview) {
        Photograph p = store.find(photographId).orElseThrow(() -> new DviFileNotFoundException(photographId));
        try {
            files.visible(user, p.fileKind(), p.fileId());
        } catch (DviFileNotFoundException e) {
            throw new DviFileNotFoundException(photographId);
        }
        audit.record(AuditEvent.ok(user.actor(CurrentUser.clientAddress()), AuditAction.DVI_VIEW,
                "DVI_" + p.fileKind() + "_FILE", p.fileId().toString())
                .withDetails((preview ? "preview of photograph " : "photograph ") + photographId));
        return preview ? new Photograph.Image("image/jpeg", store.bytes(photographId, true))
                : new Photograph.Image(p.contentType(), store.bytes(photographId, false));
    }

    /** The largest photograph taken, for forms and the API description. */
    public static int maxBytes() {
        return PhotographImage.MAX_BYTES;
    }
}
