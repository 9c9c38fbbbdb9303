package org.eads.crisis.internal.web;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import org.eads.crisis.Assistance;
import org.eads.crisis.Attachment;
import org.eads.crisis.CasualtyUpdate;
import org.eads.crisis.Crises;
import org.eads.crisis.Crisis;
import org.eads.crisis.CrisisBoard;
import org.eads.crisis.CrisisConflictException;
import org.eads.crisis.CrisisStatus;
import org.eads.crisis.CrisisType;
import org.eads.crisis.CrisisWork;
import org.eads.crisis.DeploymentState;
import org.eads.crisis.Distribution;
import org.eads.crisis.IntelligenceKind;
import org.eads.crisis.NewAssistanceRequest;
import org.eads.crisis.NewCrisis;
import org.eads.crisis.NewIntelligenceItem;
import org.eads.crisis.NewOffer;
import org.eads.crisis.NewSituationReport;
import org.eads.crisis.OfferResponse;
import org.eads.crisis.ResourceType;
import org.eads.identity.CurrentUser;
import org.eads.identity.EadsUser;
import org.eads.records.InvalidRecordException;
import org.eads.records.NotAllowedException;
import org.eads.records.Problems;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The crisis pages: the list with the declaration form, and the crisis board. The board's live part is drawn again
 * whenever the page hears of an alert or an acknowledgement, and every ten seconds in any case. Every form on the
 * board posts and comes back to the board, with what went wrong if anything did.
 */
@Controller
class CrisisPages {

    private final Crises crises;
    private final Assistance assistance;
    private final ObjectProvider<CrisisWork> work;
    private final CurrentUser currentUser;

    CrisisPages(Crises crises, Assistance assistance, ObjectProvider<CrisisWork> work, CurrentUser currentUser) {
        this.crises = crises;
        this.assistance = assistance;
        this.work = work;
        this.currentUser = currentUser;
    }

    @GetMapping("/crises")
    String list(@RequestParam(required = false) CrisisStatus status, Model model) {
        return listPage(model, status, null, List.of());
    }

    @PostMapping("/crises")
    String declare(@RequestParam(required = false) String type, @RequestParam(required = false) String title,
                   @RequestParam(required = false) String place, @RequestParam(required = false) Double latitude,
                   @RequestParam(required = false) Double longitude,
                   @RequestParam(required = false) String occurredAt, @RequestParam(required = false) Integer dead,
                   @RequestParam(required = false) Integer injured, @RequestParam(required = false) Integer missing,
                   @RequestParam(required = false) String distribution,
                   @RequestParam(defaultValue = "false") boolean exercise, Model model,
                   HttpServletResponse response) {
        NewCrisis form = new NewCrisis(type, title, place, latitude, longitude, occurredAt, dead, injured, missing,
                distribution, exercise);
        try {
            Crisis crisis = crises.declare(user(), form);
            return "redirect:" + crisis.page();
        } catch (InvalidRecordException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return listPage(model, null, form, e.problems());
        }
    }

    private String listPage(Model model, CrisisStatus status, NewCrisis form, List<Problems.FieldProblem> errors) {
        EadsUser user = user();
        model.addAttribute("crises", crises.list(user, status, 200));
        model.addAttribute("status", status);
        model.addAttribute("statuses", CrisisStatus.values());
        model.addAttribute("mayDeclare", crises.mayDeclare(user));
        model.addAttribute("types", CrisisType.values());
        model.addAttribute("distributions", Distribution.values());
        model.addAttribute("form", form == null ? new NewCrisis(null, null, null, null, null, null, 0, 0, 0,
                Distribution.MEMBERS.name(), false) : form);
        model.addAttribute("errors", errors);
        return "crisis/list";
    }

    @GetMapping("/crises/{id}")
    String board(@PathVariable UUID id, Model model) {
        Crisis crisis = boardModel(id, model).crisis();
        model.addAttribute("work", work.orderedStream().map(w -> w.card(user(), crisis)).flatMap(Optional::stream)
                .toList());
        return "crisis/board";
    }

    /** The live part of the board, for htmx. */
    @GetMapping("/crises/{id}/live")
    String live(@PathVariable UUID id, Model model) {
        boardModel(id, model);
        return "crisis/board :: live";
    }

    private CrisisBoard boardModel(UUID id, Model model) {
        EadsUser user = user();
        CrisisBoard board = crises.board(user, id);
        boolean open = !board.crisis().closed();
        boolean mayAct = crises.mayAct(user);
        boolean own = board.crisis().memberCode().equals(user.memberCode());
        model.addAttribute("board", board);
        model.addAttribute("crisis", board.crisis());
        model.addAttribute("member", user.memberCode());
        model.addAttribute("own", own);
        model.addAttribute("manage", open && mayAct && own);
        model.addAttribute("respond", open && mayAct);
        model.addAttribute("mayAct", mayAct);
        model.addAttribute("openRequests", board.requests().stream().filter(r -> r.open()
                && !r.memberCode().equals(user.memberCode())).toList());
        model.addAttribute("statuses", CrisisStatus.values());
        model.addAttribute("resourceTypes", ResourceType.values());
        model.addAttribute("responses", OfferResponse.values());
        model.addAttribute("distributions", Distribution.values());
        model.addAttribute("intelligenceKinds", IntelligenceKind.values());
        model.addAttribute("states", DeploymentState.values());
        return board;
    }

    @PostMapping("/crises/{id}/acknowledgement")
    String acknowledge(@PathVariable UUID id, RedirectAttributes flash) {
        return act(id, flash, "Acknowledged for your member.", () -> crises.acknowledge(user(), id, "PAGE"));
    }

    @PostMapping("/crises/{id}/status")
    String status(@PathVariable UUID id, @RequestParam(required = false) String status,
                  @RequestParam(required = false) String note, RedirectAttributes flash) {
        return act(id, flash, "Status changed; the distribution was told.",
                () -> crises.changeStatus(user(), id, status, note));
    }

    @PostMapping("/crises/{id}/casualties")
    String casualties(@PathVariable UUID id, @RequestParam(required = false) Integer dead,
                      @RequestParam(required = false) Integer injured, @RequestParam(required = false) Integer missing,
                      RedirectAttributes flash) {
        return act(id, flash, "Casualty figures updated; the distribution was told.",
                () -> crises.updateCasualties(user(), id, new CasualtyUpdate(dead, injured, missing)));
    }

    @PostMapping("/crises/{id}/requests")
    String request(@PathVariable UUID id, @RequestParam(required = false) String resourceType,
                   @RequestParam(required = false) Integer quantity, @RequestParam(required = false) String neededBy,
                   @RequestParam(required = false) String place, @RequestParam(required = false) String notes,
                   RedirectAttributes flash) {
        return act(id, flash, "Request sent to the other members.", () -> assistance.request(user(), id,
                new NewAssistanceRequest(resourceType, quantity, neededBy, place, notes)));
    }

    @PostMapping("/crises/{id}/offers")
    String offer(@PathVariable UUID id, @RequestParam UUID requestId, @RequestParam(required = false) String response,
                 @RequestParam(required = false) Integer quantity, @RequestParam(required = false) String reason,
                 @RequestParam(required = false) String notes, RedirectAttributes flash) {
        return act(id, flash, "Answer sent to the requesting member.", () -> assistance.offer(user(), id, requestId,
                new NewOffer(response, quantity, reason, notes)));
    }

    @PostMapping("/crises/{id}/offers/{offerId}/state")
    String move(@PathVariable UUID id, @PathVariable UUID offerId, @RequestParam(required = false) String state,
                RedirectAttributes flash) {
        return act(id, flash, "Deployment updated.", () -> assistance.move(user(), id, offerId, state));
    }

    @PostMapping("/crises/{id}/sitreps")
    String report(@PathVariable UUID id, @RequestParam(required = false) String text,
                  @RequestParam(required = false) String distribution,
                  @RequestParam(required = false) MultipartFile file, RedirectAttributes flash) throws IOException {
        Attachment attachment = Uploads.attachment(file);
        return act(id, flash, "Situation report added.", () -> crises.report(user(), id,
                new NewSituationReport(text, distribution, attachment)));
    }

    @GetMapping("/crises/{id}/sitreps/{sitrepId}/attachment")
    ResponseEntity<byte[]> attachment(@PathVariable UUID id, @PathVariable UUID sitrepId) {
        return Uploads.download(crises.attachment(user(), id, sitrepId));
    }

    @PostMapping("/crises/{id}/intelligence")
    String intelligence(@PathVariable UUID id, @RequestParam(required = false) String kind,
                        @RequestParam(required = false) String value, @RequestParam(required = false) String note,
                        RedirectAttributes flash) {
        return act(id, flash, "Intelligence item noted.", () -> crises.note(user(), id,
                new NewIntelligenceItem(kind, value, note)));
    }

    /** Does it and goes back to the board, saying what was done or what to fix. */
    private static String act(UUID id, RedirectAttributes flash, String done, Runnable action) {
        try {
            action.run();
            flash.addFlashAttribute("actionDone", done);
        } catch (InvalidRecordException e) {
            flash.addFlashAttribute("actionErrors", e.problems().stream().map(Problems.FieldProblem::toString).toList());
        } catch (CrisisConflictException e) {
            flash.addFlashAttribute("actionErrors", List.of(e.getBody().getDetail()));
        } catch (NotAllowedException e) {
            flash.addFlashAttribute("actionErrors", List.of(e.getMessage()));
        }
        return "redirect:/crises/" + id;
    }

    private EadsUser user() {
        return currentUser.get();
    }
}
