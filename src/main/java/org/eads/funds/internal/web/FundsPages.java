package org.eads.funds.internal.web;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.eads.funds.AllocationRule;
import org.eads.funds.FreezeRequest;
import org.eads.funds.FreezeRequests;
import org.eads.funds.FundsCase;
import org.eads.funds.FundsCases;
import org.eads.funds.Trace;
import org.eads.funds.TraceDirection;
import org.eads.funds.TraceQuestion;
import org.eads.funds.Traces;
import org.eads.funds.TransferImport;
import org.eads.identity.CurrentUser;
import org.eads.identity.EadsUser;
import org.eads.imports.ImportJob;
import org.eads.imports.ImportMode;
import org.eads.imports.Imports;
import org.eads.records.EnumField;
import org.eads.records.InvalidRecordException;
import org.eads.records.NotAllowedException;
import org.eads.scam.ScamIndicators;
import org.eads.web.FormActions;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.databind.json.JsonMapper;

/**
 * The fund tracing pages: cases and their transactions, the trace form, the flow page of a trace with its graph,
 * timeline and exports, and freeze requests from preparing them to what the receiving member did.
 */
@Controller
@ConditionalOnWebApplication
class FundsPages implements FundsPage {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final FundsCases cases;
    private final Traces traces;
    private final FreezeRequests freezes;
    private final Imports imports;
    private final ScamIndicators indicators;
    private final CurrentUser currentUser;

    FundsPages(FundsCases cases, Traces traces, FreezeRequests freezes, Imports imports, ScamIndicators indicators,
               CurrentUser currentUser) {
        this.indicators = indicators;
        this.cases = cases;
        this.traces = traces;
        this.freezes = freezes;
        this.imports = imports;
        this.currentUser = currentUser;
    }

    @GetMapping("/funds")
    String index(Model model) {
        EadsUser user = currentUser.get();
        model.addAttribute("cases", cases.list(user));
        var totals = freezes.totals(user);
        model.addAttribute("totals", totals);
        model.addAttribute("totalsChart", JSON.writeValueAsString(java.util.Map.of(
                "names", List.of("Returned", "Frozen", "Requested"),
                "values", List.of(totals.returnedUsd(), totals.frozenUsd(), totals.requestedUsd()))));
        model.addAttribute("received", freezes.received(user));
        model.addAttribute("sent", freezes.sent(user));
        model.addAttribute("mayWork", FundsCases.mayWork(user));
        return "funds/index";
    }

    @PostMapping("/funds/cases")
    String open(@RequestParam String reference, @RequestParam String title,
                @RequestParam(defaultValue = "MEMBERS") String sharingLevel,
                @RequestParam(required = false) List<String> sharedWith, RedirectAttributes redirect) {
        try {
            FundsCase c = cases.open(currentUser.get(), new FundsCase.Input(reference, title, null, sharingLevel,
                    sharedWith == null ? Set.of() : Set.copyOf(sharedWith)));
            redirect.addFlashAttribute("notice", "Case " + c.reference() + " opened: import its transactions.");
            return "redirect:/funds/cases/" + c.id();
        } catch (InvalidRecordException e) {
            redirect.addFlashAttribute("error", e.getMessage());
            return "redirect:/funds";
        }
    }

    @GetMapping("/funds/cases/{id}")
    String fundsCase(@PathVariable long id, @RequestParam(required = false) Long account,
                     @RequestParam(defaultValue = "0") int page, Model model) {
        EadsUser user = currentUser.get();
        FundsCase c = cases.get(user, id);
        model.addAttribute("fundsCase", c);
        model.addAttribute("transfers", cases.transfers(user, id, account, Math.max(0, page), 50));
        model.addAttribute("account", account);
        model.addAttribute("page", Math.max(0, page));
        model.addAttribute("traces", traces.of(user, id));
        model.addAttribute("freezes", freezes.ofCase(user, id));
        model.addAttribute("mayImport", FundsCases.mayWork(user) && c.ownerMember().equals(user.memberCode()));
        model.addAttribute("mayTrace", FundsCases.mayWork(user));
        model.addAttribute("rules", AllocationRule.values());
        return "funds/case";
    }

    @PostMapping("/funds/cases/{id}/import")
    String importFile(@PathVariable long id, @RequestParam("file") MultipartFile file, @RequestParam String source,
                      @RequestParam(defaultValue = "ALL_OR_NOTHING") ImportMode mode, RedirectAttributes redirect)
            throws IOException {
        if (file.isEmpty()) {
            redirect.addFlashAttribute("error", "Choose a CSV or JSON file of transactions.");
            return "redirect:/funds/cases/" + id;
        }
        try {
            ImportJob job = imports.submit(currentUser.get(), TransferImport.KIND, TransferImport.into(id, source),
                    file.getOriginalFilename(), file.getBytes(), mode);
            return "redirect:/imports/" + job.id();
        } catch (InvalidRecordException | IllegalArgumentException e) {
            redirect.addFlashAttribute("error", e.getMessage());
            return "redirect:/funds/cases/" + id;
        }
    }

    @PostMapping("/funds/cases/{id}/traces")
    String trace(@PathVariable long id, @RequestParam(defaultValue = "FORWARD") String direction,
                 @RequestParam(defaultValue = "FIFO") String rule, @RequestParam(defaultValue = "") String transfers,
                 @RequestParam(defaultValue = "") String accounts, @RequestParam(required = false) Integer maxHops,
                 @RequestParam(required = false) BigDecimal minimumUsd,
                 @RequestParam(required = false) BigDecimal minimumPercent, @RequestParam(required = false) Integer fanOutCap,
                 @RequestParam(defaultValue = "") String from, @RequestParam(defaultValue = "") String to,
                 RedirectAttributes redirect) {
        try {
            Trace t = traces.trace(currentUser.get(), new TraceQuestion(id,
                    EnumField.parse(TraceDirection.class, direction, "direction"),
                    EnumField.parse(AllocationRule.class, rule, "rule"), ids(transfers, "transfers"),
                    ids(accounts, "accounts"), time(from, "from"), time(to, "to"), maxHops, minimumUsd,
                    minimumPercent == null ? null : minimumPercent.movePointLeft(2), fanOutCap));
            return "redirect:/funds/traces/" + t.id();
        } catch (InvalidRecordException e) {
            redirect.addFlashAttribute("error", e.getMessage());
            return "redirect:/funds/cases/" + id;
        }
    }

    @GetMapping("/funds/traces/{id}")
    String showTrace(@PathVariable long id, Model model) {
        EadsUser user = currentUser.get();
        Trace t = traces.get(user, id);
        model.addAttribute("trace", t);
        model.addAttribute("fundsCase", cases.visible(user, t.caseId()));
        model.addAttribute("whereNow", t.answer().whereNow());
        model.addAttribute("known", indicators.knownAccounts(user,
                t.answer().accounts().stream().map(a -> a.account().number()).distinct().toList()));
        model.addAttribute("graph", TraceGraph.json(t.answer()));
        model.addAttribute("backward", t.question().direction() == TraceDirection.BACKWARD);
        return "funds/trace";
    }

    @GetMapping("/funds/traces/{id}/freeze")
    String prepareFreeze(@PathVariable long id, Model model) {
        EadsUser user = currentUser.get();
        Trace t = traces.get(user, id);
        model.addAttribute("trace", t);
        model.addAttribute("fundsCase", cases.visible(user, t.caseId()));
        model.addAttribute("drafts", freezes.drafts(user, id));
        return "funds/freeze-form";
    }

    @PostMapping("/funds/traces/{id}/freeze")
    String sendFreeze(@PathVariable long id, @RequestParam(required = false) List<Long> accounts,
                      @RequestParam(defaultValue = "") String legalBasis, @RequestParam(defaultValue = "URGENT") String urgency,
                      @RequestParam(defaultValue = "") String contact, RedirectAttributes redirect) {
        try {
            List<FreezeRequest> sent = freezes.send(currentUser.get(), id, new FreezeRequest.Input(
                    accounts == null ? List.of() : accounts, legalBasis, urgency, contact));
            redirect.addFlashAttribute("notice", sent.size() + (sent.size() == 1 ? " freeze request" : " freeze requests")
                    + " sent: " + String.join(", ", sent.stream().map(FreezeRequest::reference).toList()) + ".");
            return "redirect:/funds/freezes";
        } catch (InvalidRecordException | NotAllowedException e) {
            redirect.addFlashAttribute("error", e.getMessage());
            return "redirect:/funds/traces/" + id + "/freeze";
        }
    }

    @GetMapping("/funds/freezes")
    String freezeList(Model model) {
        EadsUser user = currentUser.get();
        model.addAttribute("received", freezes.received(user));
        model.addAttribute("sent", freezes.sent(user));
        return "funds/freezes";
    }

    @GetMapping("/funds/freezes/{id}")
    String freeze(@PathVariable long id, Model model) {
        EadsUser user = currentUser.get();
        FreezeRequest r = freezes.get(user, id);
        model.addAttribute("request", r);
        model.addAttribute("mayAnswer", r.receivingMember().equals(user.memberCode())
                && FreezeRequests.mayAnswer(user) && !r.status().closed());
        model.addAttribute("actions", FreezeRequest.ActionKind.values());
        return "funds/freeze";
    }

    /** The status part of a request's page, which the requesting member's page refreshes while it is open. */
    @GetMapping("/funds/freezes/{id}/status")
    String freezeStatus(@PathVariable long id, Model model) {
        model.addAttribute("request", freezes.get(currentUser.get(), id));
        return "funds/freeze :: status";
    }

    @PostMapping("/funds/freezes/{id}/actions")
    String act(@PathVariable long id, @RequestParam String action, @RequestParam(required = false) BigDecimal amountUsd,
               @RequestParam(required = false) String note, RedirectAttributes redirect) {
        return FormActions.act(redirect, "/funds/freezes/" + id, "Recorded.",
                () -> freezes.act(currentUser.get(), id, action, amountUsd, note));
    }

    /** Ids written with spaces or commas. */
    private static List<Long> ids(String text, String field) {
        List<Long> out = new ArrayList<>();
        for (String part : Arrays.stream(text.split("[\\s,;]+")).filter(s -> !s.isBlank()).toList()) {
            try {
                out.add(Long.parseLong(part.strip()));
            } catch (NumberFormatException e) {
                throw new InvalidRecordException(field, "'" + part + "' is not a number: give the ids from the lists");
            }
        }
        return out;
    }

    /** A time from a datetime-local field, in UTC; null when blank. */
    private static Instant time(String text, String field) {
        if (text.isBlank()) {
            return null;
        }
        try {
            return LocalDateTime.parse(text.strip()).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            throw new InvalidRecordException(field, "'" + text + "' is not a date and time");
        }
    }
}
