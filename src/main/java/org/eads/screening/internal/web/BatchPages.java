package org.eads.screening.internal.web;

import java.io.IOException;
import java.util.UUID;

import org.eads.identity.CurrentUser;
import org.eads.records.InvalidRecordException;
import org.eads.screening.BatchScreening;
import org.eads.screening.ScreeningBatch;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;

/** Batch screening pages: upload a file, follow its progress (or leave and come back), download the results. */
@Controller
@ConditionalOnWebApplication
class BatchPages {

    private final BatchScreening batches;
    private final CurrentUser currentUser;

    BatchPages(BatchScreening batches, CurrentUser currentUser) {
        this.batches = batches;
        this.currentUser = currentUser;
    }

    @GetMapping("/search/batch")
    String list(Model model) {
        model.addAttribute("batches", batches.recent(currentUser.get()));
        return "screening/batches";
    }

    @PostMapping("/search/batch")
    String upload(@RequestParam(name = "file", required = false) MultipartFile file,
                  @RequestParam(required = false) String purpose, Model model) throws IOException {
        try {
            if (file == null || file.isEmpty()) {
                throw new InvalidRecordException("file", "choose a CSV file to screen");
            }
            ScreeningBatch batch = batches.submit(currentUser.get(), file.getOriginalFilename(), file.getBytes(), purpose);
            return "redirect:/search/batch/" + batch.id();
        } catch (InvalidRecordException e) {
            model.addAttribute("uploadError", e.problems().get(0).message());
            model.addAttribute("batches", batches.recent(currentUser.get()));
            return "screening/batches";
        }
    }

    @GetMapping("/search/batch/{id}")
    String show(@PathVariable UUID id, Model model) {
        model.addAttribute("batch", batch(id));
        return "screening/batch";
    }

    @GetMapping("/search/batch/{id}/progress")
    String progress(@PathVariable UUID id, Model model) {
        model.addAttribute("batch", batch(id));
        return "screening/batch :: progress";
    }

    @GetMapping("/search/batch/{id}/results.csv")
    ResponseEntity<byte[]> results(@PathVariable UUID id) {
        byte[] csv = batches.results(currentUser.get(), id)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return ResponseEntity.ok().header("Content-Disposition", "attachment; filename=\"screening-" + id + ".csv\"")
                .contentType(MediaType.parseMediaType("text/csv; charset=UTF-8")).body(csv);
    }

    private ScreeningBatch batch(UUID id) {
        return batches.find(currentUser.get(), id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
