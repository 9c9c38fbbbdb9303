package org.eads.stats.internal.submission;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;

import org.eads.identity.CurrentUser;
import org.eads.identity.EadsUser;
import org.eads.imports.ImportJob;
import org.eads.imports.ImportMode;
import org.eads.imports.Imports;
import org.eads.records.InvalidRecordException;
import org.eads.records.NotAllowedException;
import org.eads.stats.StatsAccess;
import org.eads.stats.StatsPage;
import org.eads.stats.StatsUpload;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * Upload of a file of values: the templates of a period, a check of a file that writes nothing, and the upload that
 * runs as an import job (followed on the import's own page).
 */
@Controller
@ConditionalOnWebApplication
@PreAuthorize("hasAnyRole('STATISTICS_FOCAL_POINT', 'SUPERVISOR', 'ANALYST')")
class UploadPages implements StatsPage {

    private final StatsUpload upload;
    private final Imports imports;
    private final CurrentUser currentUser;
    private final Clock clock;

    UploadPages(StatsUpload upload, Imports imports, CurrentUser currentUser, Clock clock) {
        this.upload = upload;
        this.imports = imports;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @GetMapping("/stats/upload")
    String page(Model model) {
        EadsUser user = currentUser.get();
        model.addAttribute("mayEdit", StatsAccess.mayEdit(user, user.memberCode()));
        model.addAttribute("member", user.memberCode());
        model.addAttribute("lastMonth", LocalDate.now(clock).minusMonths(1).toString().substring(0, 7));
        model.addAttribute("columns", StatsUpload.COLUMNS);
        return "stats/upload";
    }

    @PostMapping("/stats/upload")
    String upload(@RequestParam(name = "file", required = false) MultipartFile file,
                  @RequestParam(defaultValue = "check") String action,
                  @RequestParam(defaultValue = "ALL_OR_NOTHING") ImportMode mode, Model model) throws IOException {
        EadsUser user = currentUser.get();
        String problem = file == null || file.isEmpty() ? "Choose a file to upload: CSV or Excel (.xlsx)" : null;
        if (problem == null) {
            try {
                if ("upload".equals(action)) {
                    ImportJob job = imports.submit(user, StatsUpload.KIND, Map.of(), file.getOriginalFilename(),
                            file.getBytes(), mode);
                    return "redirect:/imports/" + job.id();
                }
                model.addAttribute("check", upload.dryRun(user, file.getInputStream()));
                model.addAttribute("checkedFile", file.getOriginalFilename());
            } catch (IllegalArgumentException | InvalidRecordException | NotAllowedException e) {
                problem = e.getMessage();
            }
        }
        model.addAttribute("uploadError", problem);
        return page(model);
    }

    @GetMapping("/stats/template")
    ResponseEntity<byte[]> template(@RequestParam String period, @RequestParam(defaultValue = "csv") String format,
                                    @RequestParam(required = false) String member) {
        StatsUpload.Template t = upload.template(currentUser.get(), member, period, format);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(t.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + t.fileName() + "\"")
                .body(t.content());
    }
}
