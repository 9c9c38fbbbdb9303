package org.eads.stats;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.eads.audit.AuditAction;
import org.eads.audit.AuditEvent;
import org.eads.audit.AuditLog;
import org.eads.identity.CurrentUser;
import org.eads.identity.EadsUser;
import org.eads.records.EnumField;
import org.eads.records.InvalidRecordException;
import org.eads.records.NotAllowedException;
import org.eads.records.Problems;
import org.eads.stats.internal.rules.AcceptedHistory;
import org.eads.stats.internal.rules.Expression;
import org.eads.stats.internal.rules.ExpressionParser;
import org.eads.stats.internal.rules.HistoryStore;
import org.eads.stats.internal.rules.RuleEngine;
import org.eads.stats.internal.rules.RuleStore;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The validation rules, kept as data: the Secretariat's statistics focal points add, change and deactivate them;
 * every submission is checked against the active ones (docs/STATS.md describes the language).
 */
@Service
public class ValidationRules {

    private static final Pattern CODE = Pattern.compile("^[A-Z][A-Z0-9_]{1,59}$");
    public static final Set<String> OPERATORS = Set.of("<", "<=", "=", "!=", ">=", ">");

    private final RuleStore store;
    private final HistoryStore history;
    private final Classifications classifications;
    private final AuditLog audit;

    public ValidationRules(RuleStore store, HistoryStore history, Classifications classifications, AuditLog audit) {
        this.store = store;
        this.history = history;
        this.classifications = classifications;
        this.audit = audit;
    }

    /** One submission's values to check, under the classification they are entered in. */
    public record Target(Period period, Classification classification,
                         Map<Classification.Cell, ReportedValue> values) {
    }

    /**
     * Checks submissions of one member against the active rules, all in memory after one query of the member's
     * accepted history: the issues of each target, in order.
     */
    public List<List<ValidationIssue>> check(String member, List<Target> targets) {
        if (targets.isEmpty()) {
            return List.of();
        }
        List<RuleEngine.CompiledRule> rules = active();
        int from = targets.stream().mapToInt(t -> t.period().year()).min().orElseThrow() - AcceptedHistory.YEARS - 1;
        int to = targets.stream().mapToInt(t -> t.period().year()).max().orElseThrow();
        AcceptedHistory accepted = RuleEngine.readsHistory(rules)
                ? history.load(member, from, to, RuleEngine.historyOfTotalsOnly(rules)) : AcceptedHistory.EMPTY;
        return targets.stream().map(t -> RuleEngine.evaluate(rules, t.classification(), t.period(), t.values(),
                accepted)).toList();
    }

    /**
     * The issues the active blocking rules checked on every value ({@code VALUE}) raise on values about to be saved:
     * such values (a negative count) are refused at once rather than kept in a draft.
     */
    public List<List<ValidationIssue>> refusedAtEntry(List<Target> targets) {
        List<RuleEngine.CompiledRule> rules = active().stream()
                .filter(r -> r.scope() == Expression.Scope.VALUE
                        && r.rule().severity() == ValidationRule.Severity.BLOCKING)
                .toList();
        return targets.stream().map(t -> rules.isEmpty() ? List.<ValidationIssue>of()
                : RuleEngine.evaluate(rules, t.classification(), t.period(), t.values(), AcceptedHistory.EMPTY))
                .toList();
    }

    /** Every rule, the active ones first; audited. */
    public List<ValidationRule> list(EadsUser user) {
        StatsAccess.requireView(user);
        List<ValidationRule> out = store.all();
        audit.record(AuditEvent.ok(user.actor(CurrentUser.clientAddress()), AuditAction.STATS_VIEW, "STATS_RULE",
                null).withDetails("list of " + out.size()));
        return out;
    }

    /** The active rules, parsed, for checking submissions. A rule that no longer parses is left out. */
    public List<RuleEngine.CompiledRule> active() {
        Map<String, List<String>> known = classifications.indicatorDimensions();
        return store.active().stream().flatMap(r -> {
            try {
                return java.util.stream.Stream.of(RuleEngine.compile(r, known));
            } catch (ExpressionParser.SyntaxError e) {
                return java.util.stream.Stream.empty();
            }
        }).toList();
    }

    @Transactional
    public ValidationRule add(EadsUser user, ValidationRule.Input in) {
        requireMaintain(user);
        String code = in.code() == null ? null : in.code().strip().toUpperCase(Locale.ROOT);
        Problems p = new Problems();
        if (code == null || !CODE.matcher(code).matches()) {
            p.add("code", "is required: capitals, digits and _, starting with a letter (such as VICTIMS_BY_SEX)");
        } else if (store.find(code).isPresent()) {
            p.add("code", "rule " + code + " exists: change it instead");
        }
        ValidationRule rule = checked(user, code, in, true, p);
        store.insert(rule);
        audit.record(AuditEvent.ok(user.actor(CurrentUser.clientAddress()), AuditAction.STATS_CHANGE, "STATS_RULE",
                code).withDetails("added: " + rule.leftSide() + " " + rule.operator() + " " + rule.rightSide()));
        return store.find(code).orElseThrow();
    }

    /** Changes a rule; fields left null keep their value. */
    @Transactional
    public ValidationRule change(EadsUser user, String code, ValidationRule.Input in) {
        requireMaintain(user);
        ValidationRule before = store.find(code).orElseThrow(() -> new StatsCodeNotFoundException("rule", code));
        ValidationRule.Input merged = new ValidationRule.Input(code,
                in.description() == null ? before.description() : in.description(),
                in.crimeArea() == null ? before.crimeArea() : in.crimeArea(),
                in.leftSide() == null ? before.leftSide() : in.leftSide(),
                in.operator() == null ? before.operator() : in.operator(),
                in.rightSide() == null ? before.rightSide() : in.rightSide(),
                in.severity() == null ? before.severity().name() : in.severity(),
                in.active() == null ? before.active() : in.active());
        ValidationRule rule = checked(user, code, merged, merged.active(), new Problems());
        store.update(rule);
        audit.record(AuditEvent.ok(user.actor(CurrentUser.clientAddress()), AuditAction.STATS_CHANGE, "STATS_RULE",
                code).withDetails((rule.active() ? "" : "inactive: ") + rule.leftSide() + " " + rule.operator() + " "
                + rule.rightSide() + " (" + rule.severity() + ")"));
        return store.find(code).orElseThrow();
    }

    @Transactional
    public ValidationRule deactivate(EadsUser user, String code) {
        return change(user, code, new ValidationRule.Input(null, null, null, null, null, null, null, false));
    }

    private ValidationRule checked(EadsUser user, String code, ValidationRule.Input in, boolean active, Problems p) {
        p.require(in.description(), "description");
        p.maxLength(in.description(), "description", 500);
        String area = in.crimeArea() == null || in.crimeArea().isBlank() ? null
                : in.crimeArea().strip().toUpperCase(Locale.ROOT);
        if (area != null && !classifications.crimeAreaNames().containsKey(area)) {
            p.add("crimeArea", "'" + area + "' is not a crime area: leave it empty for a rule on every crime area");
        }
        String operator = in.operator() == null ? "" : in.operator().strip();
        if (!OPERATORS.contains(operator)) {
            p.add("operator", "must be one of <, <=, =, !=, >=, >");
        }
        ValidationRule.Severity severity = null;
        try {
            severity = EnumField.parse(ValidationRule.Severity.class, in.severity(), "severity");
        } catch (InvalidRecordException e) {
            p.add("severity", "must be BLOCKING or WARNING");
        }
        if (severity == null && in.severity() == null) {
            p.add("severity", "is required: BLOCKING or WARNING");
        }
        String left = in.leftSide() == null ? "" : in.leftSide().strip();
        String right = in.rightSide() == null ? "" : in.rightSide().strip();
        ValidationRule rule = new ValidationRule(code, in.description() == null ? null : in.description().strip(),
                area, left, operator, right, severity == null ? ValidationRule.Severity.BLOCKING : severity, active,
                user.username(), null);
        try {
            RuleEngine.compile(rule, classifications.indicatorDimensions());
        } catch (ExpressionParser.SyntaxError e) {
            String message = e.getMessage();
            String field = message.startsWith("rightSide") ? "rightSide" : message.startsWith("leftSide")
                    ? "leftSide" : "leftSide";
            p.add(field, message.replaceFirst("^(left|right)Side ", ""));
        }
        p.throwIfAny();
        return rule;
    }

    private static void requireMaintain(EadsUser user) {
        if (!StatsAccess.mayMaintain(user)) {
            throw new NotAllowedException("Only the Secretariat's statistics focal points maintain validation rules");
        }
    }
}
