package org.eads.dvi.internal.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.eads.dvi.DviFile;
import org.eads.dvi.DviPhotographs;
import org.eads.dvi.Photograph;
import org.eads.identity.CurrentUser;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Photographs of PM and AM files through the API. */
@RestController
@RequestMapping("/api/v1/dvi")
@Tag(name = "Disaster victim identification")
class DviPhotographApi {

    private final DviPhotographs photographs;
    private final CurrentUser currentUser;

    DviPhotographApi(DviPhotographs photographs, CurrentUser currentUser) {
        this.photographs = photographs;
        this.currentUser = currentUser;
    }

    @PostMapping(path = "/{kind}-files/{id}/photographs", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Add a photograph to a pm or am file",
            description = "Multipart: caption (what it shows: face, tattoo on the left forearm, clothing) and "
                    + "photograph (a JPEG or PNG of at most 20 MB and 60 megapixels). Kept as sent, with its SHA-256.")
    ResponseEntity<Photograph> add(@PathVariable String kind, @PathVariable UUID id,
                                   @RequestParam(required = false) String caption,
                                   @RequestPart(name = "photograph", required = false) MultipartFile photograph) {
        Photograph p = photographs.add(currentUser.get(), DviFile.Kind.ofPath(kind), id, caption, bytes(photograph));
        return ResponseEntity.created(URI.create("/api/v1/dvi/photographs/" + p.id())).body(p);
    }

    @GetMapping("/{kind}-files/{id}/photographs")
    @Operation(summary = "A file's photographs, oldest first (without their bytes)")
    List<Photograph> list(@PathVariable String kind, @PathVariable UUID id) {
        return photographs.of(currentUser.get(), DviFile.Kind.ofPath(kind), id);
    }

    @GetMapping("/photographs/{id}")
    @Operation(summary = "A photograph as sent, or with preview=true a small JPEG of it")
    ResponseEntity<byte[]> image(@PathVariable UUID id, @RequestParam(defaultValue = "false") boolean preview) {
        return image(photographs.image(currentUser.get(), id, preview));
    }

    /** The bytes of a photograph, never kept in a shared cache. */
    static ResponseEntity<byte[]> image(Photograph.Image image) {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(image.contentType()))
                .cacheControl(CacheControl.noStore()).body(image.bytes());
    }

    /** The uploaded file's bytes; none when no file was sent, which the service reports as the missing field. */
    static byte[] bytes(MultipartFile file) {
        try {
            return file == null ? null : file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
