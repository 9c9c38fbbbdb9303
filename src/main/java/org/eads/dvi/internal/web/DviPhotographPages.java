package org.eads.dvi.internal.web;

import java.util.UUID;

import org.eads.dvi.DviFile;
import org.eads.dvi.DviPhotographs;
import org.eads.identity.CurrentUser;
import org.eads.web.FormActions;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Adding a photograph on a file's page, and the photographs and previews the page shows. */
@Controller
@ConditionalOnWebApplication
class DviPhotographPages implements DviPage {

    private final DviPhotographs photographs;
    private final CurrentUser currentUser;

    DviPhotographPages(DviPhotographs photographs, CurrentUser currentUser) {
        this.photographs = photographs;
        this.currentUser = currentUser;
    }

    @PostMapping("/dvi/{kind}-files/{id}/photographs")
    String add(@PathVariable String kind, @PathVariable UUID id, @RequestParam(required = false) String caption,
               @RequestPart(name = "photograph", required = false) MultipartFile photograph,
               RedirectAttributes redirect) {
        return FormActions.act(redirect, "/dvi/" + kind + "-files/" + id, "Photograph added.",
                () -> photographs.add(currentUser.get(), DviFile.Kind.ofPath(kind), id, caption,
                        DviPhotographApi.bytes(photograph)));
    }

    @GetMapping("/dvi/photographs/{id}")
    ResponseEntity<byte[]> photograph(@PathVariable UUID id) {
        return DviPhotographApi.image(photographs.image(currentUser.get(), id, false));
    }

    @GetMapping("/dvi/photographs/{id}/preview")
    ResponseEntity<byte[]> preview(@PathVariable UUID id) {
        return DviPhotographApi.image(photographs.image(currentUser.get(), id, true));
    }
}
