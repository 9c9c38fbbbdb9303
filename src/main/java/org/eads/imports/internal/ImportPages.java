package org.eads.imports.internal;

import java.io.IOException;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import org.eads.identity.CurrentUser;
import org.eads.imports.ImportJob;
import org.eads.imports.ImportMode;
import org.eads.imports.ImportNotFoundException;
import org.eads.imports.Imports;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The import pages: upload a file, follow its progress, decide what to do with a file that has errors. */
@Controller
class ImportPages {

    private final Imports imports;
    private final CurrentUser currentUser;

    ImportPages(Imports imports, CurrentUser currentUser) {
        this.imports = imports;
        this.currentUser = currentUser;
    }

    @GetMapping("/imports")
    String list(Model model) {
        model.addAttribute("jobs", imports.recent(currentUser.get()));
        return "imports/list";
    }

    @PostMapping("/imports")
    String upload(@RequestParam("file") MultipartFile file, @RequestParam(defaultValue = "ALL_OR_NOTHING") ImportMode mode,
                  Model model, RedirectAttributes redirect) throws IOException {
        String problem = file.isEmpty() ? "Choose a file to import" : null;
        ImportJob job = null;
        if (problem == null) {
            try {
                job = imports.submit(currentUser.get(), file.getOriginalFilename(), file.getBytes(), mode);
            } catch (IllegalArgumentException e) {
                problem = e.getMessage();
            }
        }
        if (problem != null) {
            model.addAttribute("jobs", imports.recent(currentUser.get()));
            model.addAttribute("uploadError", problem);
            return "imports/list";
        }
        return "redirect:/imports/" + job.id();
    }

    @GetMapping("/imports/{id}")
    String show(@PathVariable UUID id, Model model) {
        model.addAttribute("job", job(id));
        return "imports/show";
    }

    /** The progress fragment that the page polls while the job runs. */
    @GetMapping("/imports/{id}/progress")
    String progress(@PathVariable UUID id, Model model) {
        model.addAttribute("job", job(id));
        return "imports/show :: progress";
    }

    @PostMapping("/imports/{id}/valid-only")
    String validOnly(@PathVariable UUID id, RedirectAttributes redirect) {
        try {
            imports.importValidRows(currentUser.get(), id);
        } catch (IllegalStateException e) {
            redirect.addFlashAttribute("actionError", e.getMessage());
        }
        return "redirect:/imports/" + id;
    }

    @PostMapping("/imports/{id}/cancel")
    String cancel(@PathVariable UUID id, RedirectAttributes redirect) {
        try {
            imports.cancel(currentUser.get(), id);
        } catch (IllegalStateException e) {
            redirect.addFlashAttribute("actionError", e.getMessage());
        }
        return "redirect:/imports/" + id;
    }

    private ImportJob job(UUID id) {
        return imports.find(currentUser.get(), id).orElseThrow(() -> new ImportNotFoundException(id));
    }

    /** A post that carries no file at all (not a multipart form): the form again, asking for one. */
    @ExceptionHandler(MultipartException.class)
    String notAnUpload(MultipartException e, Model model, HttpServletResponse response) throws MultipartException {
        if (e instanceof MaxUploadSizeExceededException) {
            throw e;
        }
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        model.addAttribute("jobs", imports.recent(currentUser.get()));
        model.addAttribute("uploadError", "Choose a file to import");
        return "imports/list";
    }

    @ExceptionHandler(ImportNotFoundException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound() {
        return "error/404";
    }
}
