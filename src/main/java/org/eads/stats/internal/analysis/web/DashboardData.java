package org.eads.stats.internal.analysis.web;

import java.net.URI;

import jakarta.servlet.http.HttpServletRequest;
import org.eads.identity.CurrentUser;
import org.eads.records.InvalidRecordException;
import org.eads.records.NotAllowedException;
import org.eads.stats.MemberComparison;
import org.eads.stats.Series;
import org.eads.stats.StatsAnalysis;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The JSON the dashboard's charts draw, read by {@code stats-dashboard.js} with the page's session (the API under
 * {@code /api} takes bearer tokens only). The same questions and sharing rules as the API.
 */
@RestController
@ConditionalOnWebApplication
@RequestMapping(path = "/stats/dashboard/data", produces = MediaType.APPLICATION_JSON_VALUE)
@PreAuthorize("hasAnyRole('ANALYST', 'SUPERVISOR', 'STATISTICS_FOCAL_POINT')")
class DashboardData {

    private final StatsAnalysis analysis;
    private final CurrentUser currentUser;

    DashboardData(StatsAnalysis analysis, CurrentUser currentUser) {
        this.analysis = analysis;
        this.currentUser = currentUser;
    }

    @GetMapping("/series")
    Series series(SeriesParams params) {
        return analysis.series(currentUser.get(), params.filter());
    }

    @GetMapping("/comparison")
    MemberComparison comparison(SeriesParams params) {
        return analysis.comparison(currentUser.get(), params.filter(), params.theYear());
    }

    @GetMapping("/seizures")
    Series seizures(SeriesParams params) {
        return analysis.seizures(currentUser.get(), params.filter());
    }

    @ExceptionHandler(InvalidRecordException.class)
    ResponseEntity<ProblemDetail> invalid(InvalidRecordException e, HttpServletRequest request) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
        p.setTitle("The question is not valid");
        p.setInstance(URI.create(request.getRequestURI()));
        p.setProperty("errors", e.problems().stream().map(f -> java.util.Map.of("field", f.field(), "message",
                f.message())).toList());
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(p);
    }

    @ExceptionHandler(NotAllowedException.class)
    ResponseEntity<ProblemDetail> notAllowed(NotAllowedException e, HttpServletRequest request) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, e.getMessage());
        p.setTitle("Not allowed");
        p.setInstance(URI.create(request.getRequestURI()));
        return ResponseEntity.status(HttpStatus.FORBIDDEN).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(p);
    }
}
