package org.eads.alerts.internal.notices;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.eads.alerts.Distribution;
import org.eads.alerts.InboxEntry;
import org.eads.alerts.Notice;
import org.eads.alerts.NoticeFilter;
import org.eads.alerts.NoticeFlag;
import org.eads.alerts.NoticeInput;
import org.eads.alerts.NoticeType;
import org.eads.alerts.NoticeView;
import org.eads.alerts.Notices;
import org.eads.identity.CurrentUser;
import org.eads.identity.EadsUser;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** The notices API: the same steps as the notice pages, through {@link Notices}. */
@RestController
@RequestMapping(path = "/api/v1/notices", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Notices", description = """
        Notices after INTERPOL's colour-coded notices: WANTED (red), INFORMATION (blue), WARNING (orange), \
        MISSING_PERSON (yellow), UNIDENTIFIED_BODY (black), THREAT (orange/urgent), MODUS_OPERANDI (purple). A \
        notice is drafted, approved by a supervisor of the issuing member other than its drafter (a supervisor's own \
        draft is issued at once), issued to its distribution, updated, cancelled; it expires after its expiry date. \
        A notice outside your member's distribution answers 404, exactly like one that does not exist. Its CAP 1.2 \
        message: GET /api/v1/alerts/{notification id}/cap.""")
class NoticeApi {

    static final String INPUT_EXAMPLE = """
            {"type": "WANTED", "title": "Ahmad Faizal bin Rahman, armed robbery",
             "summary": "Wanted by Royal Malaysia Police for armed robbery in Johor Bahru; may be armed.",
             "details": "Warrant JB/2026/1123 of 12 November 2026.",
             "records": ["0196a3c2-7d7e-7b3a-9c41-3e2f1a0b9c8d"],
             "distribution": "SELECTED", "members": ["SGP", "THA", "IDN"],
             "expiresOn": "2027-11-30", "requiresAck": true, "exercise": false}""";

    /** A reason, for reject, cancel and flag. */
    record Reason(String reason) {
    }

    /** The body of a notice; {@code requiresAck} is true and {@code exercise} false unless given. */
    record NoticeBody(NoticeType type, String title, String summary, String details, List<UUID> records,
                      Distribution distribution, Set<String> members, LocalDate expiresOn, Boolean requiresAck,
                      Boolean exercise) {

        NoticeInput input() {
            return new NoticeInput(type, title, summary, details, records, distribution, members, expiresOn,
                    requiresAck == null || requiresAck, exercise != null && exercise);
        }
    }

    private final Notices notices;
    private final CurrentUser currentUser;

    NoticeApi(Notices notices, CurrentUser currentUser) {
        this.notices = notices;
        this.currentUser = currentUser;
    }

    @Operation(summary = "List notices", description = "The notices you may see, newest first (at most 500). "
            + "`state`: ACTIVE (default), EXPIRED, CANCELLED, IN_PREPARATION (your member's drafts and notices "
            + "awaiting approval), ALL.")
    @GetMapping
    List<Notice> list(@RequestParam(required = false) NoticeType type,
                      @RequestParam(required = false) NoticeFilter.State state) {
        return notices.list(user(), new NoticeFilter(type, state));
    }

    @Operation(summary = "Notices awaiting your approval", description = "For a supervisor: the notices of your "
            + "member that others drafted and submitted.")
    @GetMapping("/approvals")
    List<Notice> approvals() {
        return notices.awaitingApproval(user());
    }

    @Operation(summary = "Draft a notice", description = "Creates a DRAFT of your member. `records` must be ids of "
            + "records you may see; `members` only with distribution SELECTED; `expiresOn` after today.")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
            mediaType = MediaType.APPLICATION_JSON_VALUE, examples = @ExampleObject(value = INPUT_EXAMPLE)))
    @ApiResponse(responseCode = "201", description = "The draft")
    @ApiResponse(responseCode = "400", description = "Not valid; `errors` names each field",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Notice> draft(@RequestBody NoticeBody body) {
        Notice n = notices.draft(user(), body.input());
        URI location = ServletUriComponentsBuilder.fromCurrentRequestUri().path("/{id}").buildAndExpand(n.id()).toUri();
        return ResponseEntity.created(location).body(n);
    }

    @Operation(summary = "Read a notice", description = "The notice, the records it refers to as their sharing lets "
            + "you see them (others only as \"a record of <member>\"), the flags you may see, your notification "
            + "awaiting acknowledgement, and what you may do. Recorded in the audit log.")
    @ApiResponse(responseCode = "404", description = "No such notice, or not distributed to your member",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))
    @GetMapping("/{id}")
    NoticeView read(@PathVariable UUID id) {
        return notices.view(user(), id);
    }

    @Operation(summary = "Change a notice", description = "A draft is rewritten; an issued notice is updated (by a "
            + "supervisor of the issuing member), which sends an Update to its distribution. The distribution of an "
            + "issued notice cannot change.")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
            mediaType = MediaType.APPLICATION_JSON_VALUE, examples = @ExampleObject(value = INPUT_EXAMPLE)))
    @ApiResponse(responseCode = "409", description = "Not possible in the notice's state")
    @PutMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    Notice change(@PathVariable UUID id, @RequestBody NoticeBody body) {
        return notices.change(user(), id, body.input());
    }

    @Operation(summary = "Submit a draft", description = "A supervisor's draft is issued at once; anyone else's "
            + "waits for the approval of a supervisor of the member.")
    @PostMapping("/{id}/submit")
    Notice submit(@PathVariable UUID id) {
        return notices.submit(user(), id);
    }

    @Operation(summary = "Approve a notice", description = "A supervisor of the issuing member other than the drafter "
            + "approves a notice awaiting approval: it is issued.")
    @ApiResponse(responseCode = "403", description = "You drafted it, or you are not a supervisor of its member")
    @PostMapping("/{id}/approve")
    Notice approve(@PathVariable UUID id) {
        return notices.approve(user(), id);
    }

    @Operation(summary = "Send a notice back to its drafter", description = "With the reason; it is a draft again.")
    @PostMapping(path = "/{id}/reject", consumes = MediaType.APPLICATION_JSON_VALUE)
    Notice reject(@PathVariable UUID id, @RequestBody Reason body) {
        return notices.reject(user(), id, body.reason());
    }

    @Operation(summary = "Cancel a notice", description = "With the reason. An issued notice sends a Cancel to its "
            + "distribution.")
    @PostMapping(path = "/{id}/cancel", consumes = MediaType.APPLICATION_JSON_VALUE)
    Notice cancel(@PathVariable UUID id, @RequestBody Reason body) {
        return notices.cancel(user(), id, body.reason());
    }

    @Operation(summary = "Flag a notice", description = "Your member will not act on this notice on its territory, "
            + "and says why. For a supervisor or focal point of a member of the distribution. Seen by the issuing "
            + "member, the Secretariat and your member.")
    @PostMapping(path = "/{id}/flag", consumes = MediaType.APPLICATION_JSON_VALUE)
    NoticeFlag flag(@PathVariable UUID id, @RequestBody Reason body) {
        return notices.flag(user(), id, body.reason());
    }

    @Operation(summary = "Withdraw your member's flag")
    @ApiResponse(responseCode = "204", description = "Withdrawn")
    @DeleteMapping("/{id}/flag")
    ResponseEntity<Void> unflag(@PathVariable UUID id) {
        notices.unflag(user(), id);
        return ResponseEntity.noContent().build();
    }

    @Operation(summary = "Acknowledge a notice", description = "Acknowledges your notification about the notice that "
            + "awaits your acknowledgement (the latest one).")
    @ApiResponse(responseCode = "409", description = "Nothing of this notice awaits your acknowledgement")
    @PostMapping("/{id}/acknowledge")
    InboxEntry acknowledge(@PathVariable UUID id) {
        return notices.acknowledge(user(), id, "API");
    }

    private EadsUser user() {
        return currentUser.get();
    }
}
