package org.eads.stats.internal.analysis.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.eads.identity.CurrentUser;
import org.eads.identity.EadsUser;
import org.eads.member.Member;
import org.eads.member.Members;
import org.eads.records.EnumField;
import org.eads.records.InvalidRecordException;
import org.eads.stats.MemberSharing;
import org.eads.stats.PivotQuery;
import org.eads.stats.PivotTable;
import org.eads.stats.SharingChoice;
import org.eads.stats.StatsAnalysis;
import org.eads.stats.StatsExport;
import org.eads.stats.StatsFilter;
import org.eads.stats.StatsSharing;
import org.eads.stats.StatsVisibility;
import org.eads.stats.internal.analysis.AnalysisCodes;
import org.eads.stats.internal.analysis.Figures;
import org.eads.web.FormActions;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The statistics dashboard: the filter, the trend, year-on-year, comparison, map and seizure charts (their data come
 * from {@link DashboardData}), the pivot table with its exports, and the members' sharing choices.
 */
@Controller
@ConditionalOnWebApplication
@PreAuthorize("hasAnyRole('ANALYST', 'SUPERVISOR', 'STATISTICS_FOCAL_POINT')")
class DashboardPages implements StatsDashboardPage {

    private final StatsAnalysis analysis;
    private final StatsSharing sharing;
    private final AnalysisCodes codes;
    private final Members members;
    private final CurrentUser currentUser;

    DashboardPages(StatsAnalysis analysis, StatsSharing sharing, AnalysisCodes codes, Members members,
                   CurrentUser currentUser) {
        this.analysis = analysis;
        this.sharing = sharing;
        this.codes = codes;
        this.members = members;
        this.currentUser = currentUser;
    }

    /** A member in a form's list: whether it is ticked. */
    record MemberOption(String code, String name, boolean checked) {
    }

    @GetMapping("/stats/dashboard")
    String dashboard(SeriesParams params, @RequestParam(required = false) String seizure, Model model) {
        EadsUser user = currentUser.get();
        StatsVisibility v = sharing.visibility(user);
        StatsFilter f;
        try {
            f = analysis.resolve(v, params.filter());
        } catch (InvalidRecordException e) {
            if (e.problems().stream().allMatch(p -> p.field().equals("part"))) {
                // the indicator changed and the part chosen for the last one is not one of its parts
                f = analysis.resolve(v, withoutPart(params.filter()));
            } else {
                model.addAttribute("error", e.getMessage());
                f = analysis.resolve(v, StatsFilter.defaults());
            }
        }
        AnalysisCodes.Indicator indicator = codes.indicator(f.indicator(), "indicator");
        List<AnalysisCodes.Indicator> seizures = codes.indicators().stream()
                .filter(i -> i.code().startsWith("SEIZED_") && !i.dimensions().isEmpty()).toList();
        String chosenSeizure = seizures.stream().map(AnalysisCodes.Indicator::code)
                .filter(c -> c.equalsIgnoreCase(seizure == null ? "" : seizure.strip())).findFirst()
                .orElse(seizureOf(f.crimeArea(), seizures));
        model.addAttribute("filter", f);
        model.addAttribute("indicator", indicator);
        model.addAttribute("crimeAreas", codes.crimeAreas());
        model.addAttribute("crimeArea", codes.crimeArea(f.crimeArea(), "crimeArea"));
        model.addAttribute("indicators", codes.indicators());
        model.addAttribute("parts", codes.parts(indicator));
        model.addAttribute("seizures", seizures);
        model.addAttribute("seizure", chosenSeizure);
        model.addAttribute("memberOptions", memberOptions(v, f.members(), params.members() != null
                && !params.members().isEmpty()));
        model.addAttribute("steps", StatsFilter.Step.values());
        model.addAttribute("measures", StatsFilter.Measure.values());
        String query = query(f);
        model.addAttribute("seriesUrl", "/stats/dashboard/data/series?" + query);
        model.addAttribute("comparisonUrl", "/stats/dashboard/data/comparison?" + query);
        model.addAttribute("seizuresUrl", "/stats/dashboard/data/seizures?" + UriComponentsBuilder.newInstance()
                .queryParam("crimeArea", f.crimeArea()).queryParam("indicator", chosenSeizure)
                .queryParam("fromYear", f.fromYear())
                .queryParam("toYear", f.toYear()).build().encode().getQuery());
        model.addAttribute("pivotUrl", "/stats/dashboard/pivot?" + UriComponentsBuilder.newInstance()
                .queryParam("crimeAreas", f.crimeArea()).queryParam("indicators", f.indicator())
                .queryParam("fromYear", f.fromYear()).queryParam("toYear", f.toYear())
                .queryParam("measure", f.measure()).build().encode().getQuery());
        model.addAttribute("changes", analysis.yearOnYear(user, f, null));
        model.addAttribute("notes", Figures.visibilityNotes(v, names()));
        return "stats/analysis/dashboard";
    }

    @GetMapping("/stats/dashboard/pivot")
    String pivot(PivotParams params, Model model) {
        EadsUser user = currentUser.get();
        StatsVisibility v = sharing.visibility(user);
        PivotTable table;
        PivotQuery query;
        try {
            query = params.query();
            table = analysis.pivot(user, query);
        } catch (InvalidRecordException e) {
            model.addAttribute("error", e.getMessage());
            query = new PivotQuery(null, null, null, null, null, null, null, null);
            table = analysis.pivot(user, query);
        }
        model.addAttribute("table", table);
        model.addAttribute("dimensions", PivotQuery.Dimension.values());
        model.addAttribute("crimeAreas", codes.crimeAreas());
        model.addAttribute("indicators", codes.indicators());
        model.addAttribute("chosenAreas", Set.copyOf(upper(query.crimeAreas())));
        model.addAttribute("chosenIndicators", query.indicators().isEmpty() ? Set.of("CASES")
                : Set.copyOf(upper(query.indicators())));
        List<String> shownMembers = table.rows() == PivotQuery.Dimension.MEMBER
                ? table.rowHeaders().stream().map(PivotTable.Header::code).toList()
                : table.columnHeaders().stream().map(PivotTable.Header::code).toList();
        model.addAttribute("memberOptions", memberOptions(v, shownMembers, !query.members().isEmpty()));
        model.addAttribute("years", new int[] {table.fromYear(), table.toYear()});
        model.addAttribute("measures", StatsFilter.Measure.values());
        String q = pivotQuery(table, query);
        model.addAttribute("csvUrl", "/stats/dashboard/pivot/export?format=csv&" + q);
        model.addAttribute("xlsxUrl", "/stats/dashboard/pivot/export?format=xlsx&" + q);
        return "stats/analysis/pivot";
    }

    @GetMapping("/stats/dashboard/pivot/export")
    ResponseEntity<byte[]> export(PivotParams params, @RequestParam(defaultValue = "csv") String format) {
        StatsExport file = analysis.export(currentUser.get(), params.query(), StatsExport.Format.parse(format));
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(file.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(file.fileName())
                        .build().toString()).body(file.content());
    }

    @GetMapping("/stats/dashboard/sharing")
    String sharingPage(Model model) {
        EadsUser user = currentUser.get();
        StatsVisibility v = sharing.visibility(user);
        List<MemberSharing> choices = sharing.choices(user);
        Map<String, String> names = names();
        model.addAttribute("choices", choices);
        model.addAttribute("options", SharingChoice.values());
        model.addAttribute("defaultChoice", SharingChoice.DEFAULT);
        model.addAttribute("mayChoose", StatsSharing.mayChoose(user));
        model.addAttribute("viewerKind", user.memberKind().name());
        model.addAttribute("own", choices.stream().filter(c -> c.member().equals(user.memberCode())).findFirst()
                .orElse(null));
        model.addAttribute("individually", sortedNames(v.individually(), names));
        model.addAttribute("totalsOnly", sortedNames(v.hiddenInTotals(), names));
        model.addAttribute("leftOut", v.leftOut().entrySet().stream()
                .map(e -> names.getOrDefault(e.getKey(), e.getKey()) + " (" + e.getValue() + ")").sorted().toList());
        return "stats/analysis/sharing";
    }

    @PostMapping("/stats/dashboard/sharing")
    String choose(@RequestParam(defaultValue = "") String choice, RedirectAttributes redirect) {
        EadsUser user = currentUser.get();
        return FormActions.act(redirect, "/stats/dashboard/sharing", () -> {
            MemberSharing s = sharing.choose(user, user.memberCode(),
                    EnumField.parse(SharingChoice.class, choice.isBlank() ? null : choice, "choice"));
            return "Your member's statistics are now shared: " + s.choice().label().toLowerCase() + ".";
        });
    }

    private static StatsFilter withoutPart(StatsFilter f) {
        return new StatsFilter(f.crimeArea(), f.indicator(), null, f.members(), f.fromYear(), f.toYear(), f.step(),
                f.measure());
    }

    private static String seizureOf(String crimeArea, List<AnalysisCodes.Indicator> seizures) {
        String wanted = StatsAnalysis.seizureIndicatorOf(crimeArea);
        return seizures.stream().map(AnalysisCodes.Indicator::code).filter(wanted::equals).findFirst()
                .orElse(seizures.isEmpty() ? wanted : seizures.getFirst().code());
    }

    /** Every member the reader may see individually, ticked when asked for (none ticked: all are shown). */
    private List<MemberOption> memberOptions(StatsVisibility v, List<String> shown, boolean asked) {
        Map<String, String> names = names();
        return v.individually().stream().filter(names::containsKey).sorted(Comparator.comparing(names::get))
                .map(m -> new MemberOption(m, names.get(m), asked && shown.contains(m))).toList();
    }

    private Map<String, String> names() {
        return members.countries().stream().collect(Collectors.toMap(Member::code, Member::name));
    }

    private static List<String> sortedNames(Set<String> codes, Map<String, String> names) {
        return codes.stream().map(c -> names.getOrDefault(c, c)).sorted().toList();
    }

    private static List<String> upper(List<String> codes) {
        List<String> out = new ArrayList<>();
        codes.forEach(c -> out.add(c.strip().toUpperCase(java.util.Locale.ROOT)));
        return out;
    }

    private static String query(StatsFilter f) {
        UriComponentsBuilder b = UriComponentsBuilder.newInstance()
                .queryParam("crimeArea", f.crimeArea()).queryParam("indicator", f.indicator())
                .queryParam("fromYear", f.fromYear()).queryParam("toYear", f.toYear())
                .queryParam("step", f.step()).queryParam("measure", f.measure());
        if (!f.part().isEmpty()) {
            b.queryParam("part", f.part());
        }
        if (!f.members().isEmpty()) {
            b.queryParam("members", String.join(",", f.members()));
        }
        return b.build().encode().getQuery();
    }

    private static String pivotQuery(PivotTable table, PivotQuery query) {
        UriComponentsBuilder b = UriComponentsBuilder.newInstance().queryParam("rows", table.rows())
                .queryParam("columns", table.columns()).queryParam("fromYear", table.fromYear())
                .queryParam("toYear", table.toYear()).queryParam("measure", table.measure());
        if (!query.crimeAreas().isEmpty()) {
            b.queryParam("crimeAreas", String.join(",", query.crimeAreas()));
        }
        if (!query.indicators().isEmpty()) {
            b.queryParam("indicators", String.join(",", query.indicators()));
        }
        if (!query.members().isEmpty()) {
            b.queryParam("members", String.join(",", query.members()));
        }
        return b.build().encode().getQuery();
    }
}
