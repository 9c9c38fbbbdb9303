package org.eads.dvi.internal.web;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.eads.crisis.Crisis;
import org.eads.dvi.DviFile;
import org.eads.dvi.DviFiles;
import org.eads.dvi.DviMatching;
import org.eads.dvi.DviOperations;
import org.eads.dvi.DviPhotographs;
import org.eads.dvi.Identifications;
import org.eads.dvi.Operation;
import org.eads.dvi.internal.dental.ToothStatus;
import org.eads.identity.CurrentUser;
import org.eads.identity.EadsUser;
import org.eads.records.InvalidRecordException;
import org.eads.records.NotAllowedException;
import org.eads.web.FormActions;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The DVI pages: operations, an operation's files, a file with its dental chart editor and, for a body, candidates. */
@Controller
@ConditionalOnWebApplication
class DviPages implements DviPage {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final DviOperations operations;
    private final DviFiles files;
    private final DviMatching matching;
    private final Identifications identifications;
    private final DviPhotographs photographs;
    private final CurrentUser currentUser;

    DviPages(DviOperations operations, DviFiles files, DviMatching matching, Identifications identifications,
             DviPhotographs photographs, CurrentUser currentUser) {
        this.operations = operations;
        this.files = files;
        this.matching = matching;
        this.identifications = identifications;
        this.photographs = photographs;
        this.currentUser = currentUser;
    }

    @GetMapping("/dvi")
    String index(@RequestParam(required = false) UUID crisis, Model model) {
        EadsUser user = currentUser.get();
        model.addAttribute("operations", operations.list(user));
        model.addAttribute("mayWork", DviOperations.mayWork(user));
        Crisis from = crisis == null ? null : operations.crisis(user, crisis).orElse(null);
        model.addAttribute("crisis", from);
        model.addAttribute("form", from == null ? null : new Operation.Input(from.title(), from.place(),
                LocalDate.ofInstant(from.occurredAt(), ZoneOffset.UTC), from.id(), null, null, null,
                from.casualties().missing(), Set.of()));
        return "dvi/index";
    }

    @PostMapping("/dvi/operations")
    String open(@RequestParam String name, @RequestParam String place, @RequestParam(required = false) LocalDate occurredOn,
                @RequestParam(required = false) Integer missingReported, @RequestParam(defaultValue = "") String members,
                @RequestParam(required = false) UUID crisisId, RedirectAttributes redirect) {
        try {
            Operation o = operations.open(currentUser.get(), new Operation.Input(name, place, occurredOn, crisisId, null,
                    null, null, missingReported, java.util.Arrays.stream(members.toUpperCase().split("[\\s,;]+"))
                    .filter(s -> !s.isBlank()).collect(java.util.stream.Collectors.toSet())));
            return "redirect:/dvi/operations/" + o.id();
        } catch (InvalidRecordException | NotAllowedException e) {
            redirect.addFlashAttribute("error", e.getMessage());
            return "redirect:/dvi" + (crisisId == null ? "" : "?crisis=" + crisisId);
        }
    }

    @GetMapping("/dvi/operations/{id}")
    String operation(@PathVariable UUID id, Model model) {
        EadsUser user = currentUser.get();
        Operation operation = operations.get(user, id);
        model.addAttribute("operation", operation);
        model.addAttribute("crisis", operation.crisisId() == null ? null
                : operations.crisis(user, operation.crisisId()).orElse(null));
        List<DviFile> pms = files.list(user, id, DviFile.Kind.PM, 0, 100_000);
        List<DviFile> ams = files.list(user, id, DviFile.Kind.AM, 0, 100_000);
        Map<UUID, String> numbers = new java.util.HashMap<>();
        pms.forEach(f -> numbers.put(f.id(), f.number()));
        ams.forEach(f -> numbers.put(f.id(), f.number()));
        model.addAttribute("pmFiles", pms);
        model.addAttribute("amFiles", ams);
        model.addAttribute("numbers", numbers);
        model.addAttribute("identifications", identifications.of(user, id));
        model.addAttribute("run", matching.latestRun(user, id).orElse(null));
        model.addAttribute("conflicts", matching.conflicts(user, id));
        model.addAttribute("board", user.has(org.eads.identity.Role.IDENTIFICATION_BOARD));
        return "dvi/operation";
    }

    @PostMapping("/dvi/operations/{id}/files")
    String newFile(@PathVariable UUID id, @RequestParam String kind, @RequestParam String number,
                   @RequestParam(required = false) String name, @RequestParam(required = false) String sex,
                   @RequestParam(required = false) String nationality, RedirectAttributes redirect) {
        try {
            DviFile.Kind k = DviFile.Kind.valueOf(kind);
            DviFile f = files.create(currentUser.get(), id, k, new DviFile.Input(number, blank(sex), null, null, null,
                    null, null, null, null, null, null, null, blank(name), blank(nationality), null, null));
            return "redirect:/dvi/" + k.name().toLowerCase() + "-files/" + f.id();
        } catch (InvalidRecordException | NotAllowedException | IllegalArgumentException e) {
            redirect.addFlashAttribute("error", e.getMessage());
            return "redirect:/dvi/operations/" + id;
        }
    }

    @GetMapping("/dvi/{kind}-files/{id}")
    String file(@PathVariable String kind, @PathVariable UUID id, Model model) {
        EadsUser user = currentUser.get();
        DviFile.Kind k = DviFile.Kind.ofPath(kind);
        DviFile f = files.get(user, k, id);
        model.addAttribute("file", f);
        model.addAttribute("operation", operations.visible(user, f.operationId()));
        model.addAttribute("dna", files.dna(user, k, id));
        model.addAttribute("chart", JSON.writeValueAsString(files.chartOf(user, k, id)));
        model.addAttribute("statuses", ToothStatus.values());
        model.addAttribute("photographs", photographs.of(user, k, id));
        model.addAttribute("markKinds", DviFile.MARK_KINDS);
        model.addAttribute("regions", DviFile.REGIONS);
        model.addAttribute("effectKinds", DviFile.EFFECT_KINDS);
        model.addAttribute("candidates", k == DviFile.Kind.PM ? matching.candidates(user, id) : matching.bodies(user, id));
        return "dvi/file";
    }

    /** A body against one missing person: the full evidence, the fingerprint decision, and a proposal. */
    @GetMapping("/dvi/pm-files/{id}/candidates/{amId}")
    String pair(@PathVariable UUID id, @PathVariable UUID amId, Model model) {
        EadsUser user = currentUser.get();
        DviFile pm = files.get(user, DviFile.Kind.PM, id);
        model.addAttribute("pm", pm);
        model.addAttribute("am", files.get(user, DviFile.Kind.AM, amId));
        model.addAttribute("operation", operations.visible(user, pm.operationId()));
        model.addAttribute("c", matching.pair(user, id, amId));
        return "dvi/pair";
    }

    @PostMapping("/dvi/pm-files/{id}/fingerprints")
    String fingerprints(@PathVariable UUID id, @RequestParam UUID amFileId, @RequestParam String decision,
                        @RequestParam(required = false) String note, RedirectAttributes redirect) {
        return FormActions.act(redirect, "/dvi/pm-files/" + id + "/candidates/" + amFileId,
                "Fingerprint decision recorded.",
                () -> matching.decideFingerprints(currentUser.get(), id, amFileId, decision, note));
    }

    @PostMapping("/dvi/{kind}-files/{id}/implants")
    String implant(@PathVariable String kind, @PathVariable UUID id, @RequestParam String implantKind,
                   @RequestParam(required = false) String maker, @RequestParam(required = false) String serial,
                   RedirectAttributes redirect) {
        return append(kind, id, "Implant added.", redirect, new DviFile.Implant(implantKind, maker, serial),
                DviFile::implants, files::implants);
    }

    @PostMapping("/dvi/{kind}-files/{id}/marks")
    String mark(@PathVariable String kind, @PathVariable UUID id, @RequestParam(required = false) String markKind,
                @RequestParam(required = false) String region, @RequestParam(required = false) String description,
                RedirectAttributes redirect) {
        return append(kind, id, "Mark added.", redirect, new DviFile.Mark(markKind, region, description),
                DviFile::marks, files::marks);
    }

    @PostMapping("/dvi/{kind}-files/{id}/effects")
    String effect(@PathVariable String kind, @PathVariable UUID id, @RequestParam(required = false) String effectKind,
                  @RequestParam(required = false) String description,
                  @RequestParam(required = false) String identifier, RedirectAttributes redirect) {
        return append(kind, id, "Personal effect added.", redirect,
                new DviFile.Effect(effectKind, description, identifier), DviFile::effects, files::effects);
    }

    /** Sets one of a file's lists (implants, marks, effects) to what it holds and one more. */
    private <T> String append(String kind, UUID id, String done, RedirectAttributes redirect, T item,
                              java.util.function.Function<DviFile, List<T>> current, ListSetter<T> set) {
        return FormActions.act(redirect, "/dvi/" + kind + "-files/" + id, done, () -> {
            EadsUser user = currentUser.get();
            DviFile.Kind k = DviFile.Kind.ofPath(kind);
            List<T> items = new java.util.ArrayList<>(current.apply(files.get(user, k, id)));
            items.add(item);
            set.set(user, k, id, items);
        });
    }

    private interface ListSetter<T> {
        void set(EadsUser user, DviFile.Kind kind, UUID id, List<T> items);
    }

    @PostMapping("/dvi/operations/{id}/matching-runs")
    String startRun(@PathVariable UUID id, RedirectAttributes redirect) {
        return FormActions.act(redirect, "/dvi/operations/" + id, "Matching run started.",
                () -> matching.startRun(currentUser.get(), id));
    }

    /** The latest run's progress, polled by the operation page while it runs. */
    @GetMapping("/dvi/operations/{id}/matching-runs/progress")
    String runProgress(@PathVariable UUID id, Model model) {
        model.addAttribute("operation", operations.visible(currentUser.get(), id));
        model.addAttribute("run", matching.latestRun(currentUser.get(), id).orElse(null));
        return "dvi/operation :: run";
    }

    @PostMapping("/dvi/{kind}-files/{id}/dental-chart")
    String chart(@PathVariable String kind, @PathVariable UUID id, @RequestParam String teeth,
                 @RequestParam(required = false) LocalDate recordedOn, RedirectAttributes redirect) {
        return FormActions.act(redirect, "/dvi/" + kind + "-files/" + id, "Dental chart saved.", () -> {
            Map<String, Map<String, Object>> parsed;
            try {
                parsed = JSON.readValue(teeth, new TypeReference<LinkedHashMap<String, Map<String, Object>>>() { });
            } catch (RuntimeException e) {
                throw new InvalidRecordException("teeth", "the chart could not be read: " + e.getMessage());
            }
            files.chart(currentUser.get(), DviFile.Kind.ofPath(kind), id, recordedOn, parsed);
        });
    }

    /**
     * Adds a DNA profile typed as lines {@code LOCUS allele,allele} (a trailing {@code ?} on a one-allele locus flags
     * possible dropout).
     */
    @PostMapping("/dvi/{kind}-files/{id}/dna")
    String dna(@PathVariable String kind, @PathVariable UUID id, @RequestParam String profileKind,
               @RequestParam(required = false) String relationship, @RequestParam(required = false) String relativeName,
               @RequestParam(required = false) String sample, @RequestParam String alleles, RedirectAttributes redirect) {
        return FormActions.act(redirect, "/dvi/" + kind + "-files/" + id, "DNA profile added.", () -> {
            Map<String, List<String>> loci = new LinkedHashMap<>();
            Set<String> dropout = new java.util.HashSet<>();
            int n = 0;
            for (String line : alleles.split("\\R")) {
                n++;
                String l = line.strip();
                if (l.isEmpty()) {
                    continue;
                }
                int space = l.lastIndexOf(' ');
                if (space < 1) {
                    throw new InvalidRecordException("alleles", "line " + n + ": write the locus, a space and the "
                            + "alleles, such as vWA 16,17");
                }
                String locus = l.substring(0, space).strip();
                String values = l.substring(space + 1).strip();
                if (values.endsWith("?")) {
                    dropout.add(locus);
                    values = values.substring(0, values.length() - 1);
                }
                loci.put(locus, List.of(values.split(",")));
            }
            files.addDna(currentUser.get(), DviFile.Kind.ofPath(kind), id, new org.eads.dvi.DnaProfileInput(profileKind,
                    blank(sample), blank(relativeName), blank(relationship), loci, dropout));
        });
    }

    @PostMapping("/dvi/identifications/{id}/votes")
    String vote(@PathVariable UUID id, @RequestParam UUID operation, @RequestParam String decision,
                @RequestParam(required = false) String note, RedirectAttributes redirect) {
        return FormActions.act(redirect, "/dvi/operations/" + operation, "Recorded.",
                () -> identifications.vote(currentUser.get(), id, decision, note));
    }

    @PostMapping("/dvi/pm-files/{id}/identifications")
    String propose(@PathVariable UUID id, @RequestParam UUID amFileId, @RequestParam(defaultValue = "") String methods,
                   RedirectAttributes redirect) {
        return FormActions.act(redirect, "/dvi/pm-files/" + id, "Identification proposed to the board.",
                () -> identifications.propose(currentUser.get(), id, amFileId,
                        List.of(methods.split("[\\s,;]+")).stream().filter(s -> !s.isBlank()).toList(), null));
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
