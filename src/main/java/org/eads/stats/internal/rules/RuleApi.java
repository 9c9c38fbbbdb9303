package org.eads.stats.internal.rules;

import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.eads.identity.CurrentUser;
import org.eads.stats.ValidationRule;
import org.eads.stats.ValidationRules;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(path = "/api/v1/stats/rules", produces = MediaType.APPLICATION_JSON_VALUE)
@PreAuthorize("hasAnyRole('STATISTICS_FOCAL_POINT', 'SUPERVISOR', 'ANALYST', 'API_CLIENT')")
@Tag(name = "Crime statistics: validation rules", description = """
        Validation rules kept as data: leftSide operator rightSide must hold for the values of a member, period and \
        crime area (crimeArea empty for all). Sides are expressions: indicator codes (CONVICTED), one part \
        (VICTIMS[SEX=F]), the sum of a dimension's parts (VICTIMS[SEX=*]), VALUE (every value), TOTAL (every \
        indicator's total), PARTS (the sum of the parts of each dimension), PREVIOUS_YEAR(x), HISTORY_MEAN(x), \
        HISTORY_SD(x), ABS, MAX, MIN, numbers, + - * / and parentheses. A rule with a missing operand is not \
        evaluated. BLOCKING stops a submission; WARNING stops it until the value carries a note. Changes are for the \
        Secretariat's statistics focal points.""")
class RuleApi {

    private final ValidationRules rules;
    private final CurrentUser currentUser;

    RuleApi(ValidationRules rules, CurrentUser currentUser) {
        this.rules = rules;
        this.currentUser = currentUser;
    }

    @GetMapping
    @Operation(summary = "Every rule, the active ones first")
    List<ValidationRule> list() {
        return rules.list(currentUser.get());
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasRole('STATISTICS_FOCAL_POINT')")
    @Operation(summary = "Add a rule", description = "code, description, crimeArea (optional), leftSide, operator "
            + "(<, <=, =, !=, >=, >), rightSide, severity (BLOCKING or WARNING).")
    ResponseEntity<ValidationRule> add(@RequestBody ValidationRule.Input input) {
        ValidationRule r = rules.add(currentUser.get(), input);
        return ResponseEntity.created(URI.create("/api/v1/stats/rules/" + r.code())).body(r);
    }

    @PutMapping(path = "/{code}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasRole('STATISTICS_FOCAL_POINT')")
    @Operation(summary = "Change a rule", description = "The fields given (description, crimeArea, leftSide, "
            + "operator, rightSide, severity, active); the others keep their value.")
    ValidationRule change(@PathVariable String code, @RequestBody ValidationRule.Input input) {
        return rules.change(currentUser.get(), code.toUpperCase(java.util.Locale.ROOT), input);
    }

    @DeleteMapping("/{code}")
    @PreAuthorize("hasRole('STATISTICS_FOCAL_POINT')")
    @Operation(summary = "Deactivate a rule (it is kept, and can be activated again)")
    ValidationRule deactivate(@PathVariable String code) {
        return rules.deactivate(currentUser.get(), code.toUpperCase(java.util.Locale.ROOT));
    }
}
