package org.eads.records.internal.web;

import java.io.IOException;
import java.util.Arrays;

import jakarta.servlet.http.HttpServletResponse;
import org.eads.identity.CurrentUser;
import org.eads.member.Member;
import org.eads.member.Members;
import org.eads.records.RecordPage;
import org.eads.records.RecordType;
import org.eads.records.Records;
import org.eads.sharing.SharingLevel;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The list of records with its filters. It works as a plain GET form; with htmx the filter form and the paging
 * links swap only the results and push the address, so the back button and a copied link give the same list.
 */
@Controller
class RecordListPage {

    static final int PAGE_SIZE = 25;

    private final Records records;
    private final CurrentUser currentUser;
    private final Members members;
    private final RecordExporter exporter;

    RecordListPage(Records records, CurrentUser currentUser, Members members, RecordExporter exporter) {
        this.records = records;
        this.currentUser = currentUser;
        this.members = members;
        this.exporter = exporter;
    }

    /** The filter as the page shows it again, and the addresses that keep it (other pages, exports). */
    public record ListFilter(String type, String owner, String sharingLevel, String q, int page) {

        FilterParams params() {
            return new FilterParams(parse(RecordType.class, type), owner, parse(SharingLevel.class, sharingLevel), q);
        }

        public String pageUrl(int p) {
            return query("/records").queryParam("page", p).build().encode().toUriString();
        }

        public String exportUrl(String format) {
            return query("/records/export").queryParam("format", format).build().encode().toUriString();
        }

        private UriComponentsBuilder query(String path) {
            UriComponentsBuilder b = UriComponentsBuilder.fromPath(path);
            FilterParams f = params();
            if (f.type() != null) b.queryParam("type", f.type().name());
            if (f.owner() != null) b.queryParam("owner", f.owner());
            if (f.sharingLevel() != null) b.queryParam("sharingLevel", f.sharingLevel().name());
            if (f.q() != null) b.queryParam("q", f.q());
            return b;
        }

        /** A value the page does not know (an old bookmark) counts as "any" rather than as an error. */
        private static <E extends Enum<E>> E parse(Class<E> type, String value) {
            return value == null ? null : Arrays.stream(type.getEnumConstants())
                    .filter(e -> e.name().equalsIgnoreCase(value.strip())).findFirst().orElse(null);
        }
    }

    @GetMapping("/records")
    String list(@RequestParam(required = false) String type, @RequestParam(required = false) String owner,
                @RequestParam(required = false) String sharingLevel, @RequestParam(required = false) String q,
                @RequestParam(defaultValue = "0") String page,
                @RequestHeader(name = "HX-Request", required = false) String htmx,
                @RequestHeader(name = "HX-History-Restore-Request", required = false) String historyRestore,
                Model model, HttpServletResponse response) {
        ListFilter filter = new ListFilter(type, owner, sharingLevel, q, pageNumber(page));
        RecordPage result = records.list(currentUser.get(), filter.params().toFilter(), filter.page(), PAGE_SIZE);
        model.addAttribute("filter", filter);
        model.addAttribute("selected", filter.params());
        model.addAttribute("result", result);
        model.addAttribute("types", Arrays.asList(RecordType.values()));
        model.addAttribute("levels", Arrays.asList(SharingLevel.values()));
        model.addAttribute("members", members.all().stream().map(Member::code).sorted().toList());
        // The same address answers with the whole page or only the results: caches must keep both apart.
        response.addHeader(HttpHeaders.VARY, "HX-Request");
        boolean partial = htmx != null && historyRestore == null;
        return partial ? "records/list :: results" : "records/list";
    }

    /** The export buttons of the list: the same filter, every page, through the same exporter as the API. */
    @GetMapping("/records/export")
    void export(@RequestParam(defaultValue = "csv") String format, @RequestParam(required = false) String type,
                @RequestParam(required = false) String owner, @RequestParam(required = false) String sharingLevel,
                @RequestParam(required = false) String q, HttpServletResponse response) throws IOException {
        ExportFormat f = ExportFormat.parse(format);
        ListFilter filter = new ListFilter(type, owner, sharingLevel, q, 0);
        exporter.export(currentUser.get(), filter.params().toFilter(), f, response);
    }

    private static int pageNumber(String page) {
        try {
            return Math.max(0, Math.min(Integer.parseInt(page.strip()), 1_000_000));
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
