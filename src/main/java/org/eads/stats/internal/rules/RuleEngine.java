package org.eads.stats.internal.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eads.stats.Classification;
import org.eads.stats.CrimeArea;
import org.eads.stats.Indicator;
import org.eads.stats.Period;
import org.eads.stats.ReportedValue;
import org.eads.stats.ValidationIssue;
import org.eads.stats.ValidationRule;

/**
 * Checks a submission's values against the validation rules, in memory: the values of one member and period, the
 * classification they were entered under and the member's accepted history, loaded beforehand. A rule with an
 * operand that is missing (not reported, not available, no history) is not evaluated and raises nothing.
 */
public final class RuleEngine {

    /** Two values this close are equal: sums of decimal kilograms are not exact in floating point. */
    private static final double TOLERANCE = 1e-9;

    private RuleEngine() {
    }

    /** A rule with its sides parsed, ready to be checked many times. */
    public record CompiledRule(ValidationRule rule, Expression left, Expression right, Expression.Scope scope) {
    }

    /**
     * Parses a rule's sides.
     *
     * @param known the indicators there are, with their dimensions; null to accept any name
     * @throws ExpressionParser.SyntaxError naming the side and what is wrong
     */
    public static CompiledRule compile(ValidationRule rule, Map<String, List<String>> known) {
        Expression left = side(rule.leftSide(), "leftSide", known);
        Expression right = side(rule.rightSide(), "rightSide", known);
        return new CompiledRule(rule, left, right, ExpressionParser.scopeOf(left, right));
    }

    private static Expression side(String text, String field, Map<String, List<String>> known) {
        try {
            return ExpressionParser.parse(text, known);
        } catch (ExpressionParser.SyntaxError e) {
            throw new ExpressionParser.SyntaxError(field + " " + e.getMessage());
        }
    }

    /** Whether any rule reads the member's accepted history. */
    public static boolean readsHistory(List<CompiledRule> rules) {
        return rules.stream().anyMatch(r -> historyArguments(r.left()).findAny().isPresent()
                || historyArguments(r.right()).findAny().isPresent());
    }

    /** Whether the rules read only totals from the history, so that the parts need not be loaded. */
    public static boolean historyOfTotalsOnly(List<CompiledRule> rules) {
        return rules.stream().flatMap(r -> java.util.stream.Stream.concat(historyArguments(r.left()),
                historyArguments(r.right()))).allMatch(a -> a instanceof Expression.Each each
                && each.scope() == Expression.Scope.TOTAL
                || a instanceof Expression.IndicatorValue v && v.dimension() == null);
    }

    private static java.util.stream.Stream<Expression> historyArguments(Expression e) {
        return switch (e) {
            case Expression.Call c when c.function().ofValue() -> java.util.stream.Stream.of(c.arguments().getFirst());
            case Expression.Call c -> c.arguments().stream().flatMap(RuleEngine::historyArguments);
            case Expression.Negation n -> historyArguments(n.operand());
            case Expression.Binary b -> java.util.stream.Stream.concat(historyArguments(b.left()),
                    historyArguments(b.right()));
            default -> java.util.stream.Stream.empty();
        };
    }

    /** The issues the rules raise on one submission's values, in the order of the rules and crime areas. */
    public static List<ValidationIssue> evaluate(List<CompiledRule> rules, Classification classification,
                                                 Period period, Map<Classification.Cell, ReportedValue> values,
                                                 AcceptedHistory history) {
        Map<String, List<ReportedValue>> byArea = new HashMap<>();
        for (ReportedValue v : values.values()) {
            byArea.computeIfAbsent(v.crimeArea(), a -> new ArrayList<>()).add(v);
        }
        List<ValidationIssue> issues = new ArrayList<>();
        for (CompiledRule rule : rules) {
            for (CrimeArea area : classification.crimeAreas()) {
                if (rule.rule().crimeArea() != null && !rule.rule().crimeArea().equals(area.code())) {
                    continue;
                }
                Context base = new Context(classification, period, values, history, area, null, null, null);
                switch (rule.scope()) {
                    case CRIME_AREA -> check(rule, base, issues);
                    case TOTAL -> {
                        for (Indicator i : classification.indicatorsOf(area, period.periodicity())) {
                            check(rule, base.on(i, null, null), issues);
                        }
                    }
                    case PARTS -> {
                        for (Indicator i : classification.indicatorsOf(area, period.periodicity())) {
                            for (String d : i.dimensions()) {
                                check(rule, base.on(i, d, null), issues);
                            }
                        }
                    }
                    case VALUE -> {
                        for (ReportedValue v : byArea.getOrDefault(area.code(), List.of())) {
                            Indicator i = classification.indicators().get(v.indicator());
                            if (i != null && !v.notAvailable()) {
                                check(rule, base.on(i, null, v.cell()), issues);
                            }
                        }
                    }
                }
            }
        }
        return issues;
    }

    private static void check(CompiledRule rule, Context ctx, List<ValidationIssue> issues) {
        Double left = value(rule.left(), ctx);
        Double right = value(rule.right(), ctx);
        if (left == null || right == null || holds(left, rule.rule().operator(), right)) {
            return;
        }
        Classification.Cell subject = subject(rule, ctx);
        ReportedValue subjectValue = subject == null ? null : ctx.values.get(subject);
        boolean noted = subjectValue != null && subjectValue.note() != null && !subjectValue.note().isBlank();
        issues.add(new ValidationIssue(rule.rule().code(), rule.rule().severity(), ctx.area.code(),
                subject == null ? null : subject.indicator(), subject == null ? null : subject.disaggregation(),
                message(rule, ctx, subject), noted));
    }

    static boolean holds(double left, String operator, double right) {
        boolean equal = Math.abs(left - right) <= TOLERANCE * Math.max(1, Math.max(Math.abs(left), Math.abs(right)));
        return switch (operator) {
            case "<" -> left < right && !equal;
            case "<=" -> left < right || equal;
            case "=" -> equal;
            case "!=" -> !equal;
            case ">=" -> left > right || equal;
            case ">" -> left > right && !equal;
            default -> throw new IllegalArgumentException("operator " + operator);
        };
    }

    /** The value an issue is about, which must carry the note that answers a warning. */
    private static Classification.Cell subject(CompiledRule rule, Context ctx) {
        if (ctx.cell != null) {
            return ctx.cell;
        }
        if (ctx.indicator != null) {
            return new Classification.Cell(ctx.area.code(), ctx.indicator.code(), "");
        }
        Expression.IndicatorValue first = firstIndicator(rule.left());
        if (first == null) {
            first = firstIndicator(rule.right());
        }
        if (first == null) {
            return null;
        }
        return new Classification.Cell(ctx.area.code(), first.indicator(),
                first.dimension() == null || first.sumOfParts() ? "" : first.dimension() + "=" + first.part());
    }

    private static Expression.IndicatorValue firstIndicator(Expression e) {
        return switch (e) {
            case Expression.IndicatorValue v -> v;
            case Expression.Call c -> c.arguments().stream().map(RuleEngine::firstIndicator)
                    .filter(java.util.Objects::nonNull).findFirst().orElse(null);
            case Expression.Negation n -> firstIndicator(n.operand());
            case Expression.Binary b -> {
                Expression.IndicatorValue l = firstIndicator(b.left());
                yield l != null ? l : firstIndicator(b.right());
            }
            default -> null;
        };
    }

    /** The value of an expression, or null when an operand is missing. */
    static Double value(Expression e, Context ctx) {
        return switch (e) {
            case Expression.Number n -> n.value();
            case Expression.IndicatorValue v -> sum(cells(v, ctx), ctx::current);
            case Expression.Each each -> sum(cells(each, ctx), ctx::current);
            case Expression.Negation n -> {
                Double v = value(n.operand(), ctx);
                yield v == null ? null : -v;
            }
            case Expression.Binary b -> {
                Double l = value(b.left(), ctx);
                Double r = value(b.right(), ctx);
                if (l == null || r == null) {
                    yield null;
                }
                yield switch (b.operator()) {
                    case '+' -> l + r;
                    case '-' -> l - r;
                    case '*' -> l * r;
                    case '/' -> r == 0 ? null : l / r;
                    default -> throw new IllegalArgumentException("operator " + b.operator());
                };
            }
            case Expression.Call c -> call(c, ctx);
        };
    }

    private static Double call(Expression.Call c, Context ctx) {
        return switch (c.function()) {
            case PREVIOUS_YEAR -> sum(cells(c.arguments().getFirst(), ctx),
                    cell -> ctx.history.at(cell, ctx.period.previousYear()));
            case HISTORY_MEAN -> single(c, ctx, cell -> ctx.history.mean(cell, ctx.period));
            case HISTORY_SD -> single(c, ctx, cell -> ctx.history.standardDeviation(cell, ctx.period));
            case ABS -> {
                Double v = value(c.arguments().getFirst(), ctx);
                yield v == null ? null : Math.abs(v);
            }
            case MAX, MIN -> {
                Double best = null;
                for (Expression a : c.arguments()) {
                    Double v = value(a, ctx);
                    if (v == null) {
                        yield null;
                    }
                    best = best == null ? v : c.function() == Expression.Function.MAX ? Math.max(best, v)
                            : Math.min(best, v);
                }
                yield best;
            }
        };
    }

    private static Double single(Expression.Call c, Context ctx,
                                 java.util.function.Function<Classification.Cell, Double> lookup) {
        List<Classification.Cell> cells = cells(c.arguments().getFirst(), ctx);
        return cells.size() == 1 ? lookup.apply(cells.getFirst()) : null;
    }

    /** The sum of the cells' values; null when there is no cell or one of them is missing. */
    private static Double sum(List<Classification.Cell> cells,
                              java.util.function.Function<Classification.Cell, Double> lookup) {
        if (cells.isEmpty()) {
            return null;
        }
        double total = 0;
        for (Classification.Cell cell : cells) {
            Double v = lookup.apply(cell);
            if (v == null) {
                return null;
            }
            total += v;
        }
        return total;
    }

    /** The cells a value names in the context: one, or every part of a dimension. */
    private static List<Classification.Cell> cells(Expression e, Context ctx) {
        String area = ctx.area.code();
        return switch (e) {
            case Expression.IndicatorValue v when v.dimension() == null ->
                    List.of(new Classification.Cell(area, v.indicator(), ""));
            case Expression.IndicatorValue v when v.sumOfParts() -> parts(ctx, area, v.indicator(), v.dimension());
            case Expression.IndicatorValue v ->
                    List.of(new Classification.Cell(area, v.indicator(), v.dimension() + "=" + v.part()));
            case Expression.Each each -> switch (each.scope()) {
                case VALUE -> ctx.cell == null ? List.of() : List.of(ctx.cell);
                case TOTAL -> ctx.indicator == null ? List.of()
                        : List.of(new Classification.Cell(area, ctx.indicator.code(), ""));
                case PARTS -> ctx.indicator == null || ctx.dimension == null ? List.of()
                        : parts(ctx, area, ctx.indicator.code(), ctx.dimension);
                case CRIME_AREA -> List.of();
            };
            default -> List.of();
        };
    }

    private static List<Classification.Cell> parts(Context ctx, String area, String indicator, String dimension) {
        return ctx.classification.parts(dimension).stream()
                .map(p -> new Classification.Cell(area, indicator, p.disaggregation())).toList();
    }

    private static String message(CompiledRule rule, Context ctx, Classification.Cell subject) {
        StringBuilder sb = new StringBuilder(ctx.area.name());
        if (subject != null) {
            Indicator i = ctx.classification.indicators().get(subject.indicator());
            sb.append(", ").append(i == null ? subject.indicator() : i.name());
            if (!subject.disaggregation().isEmpty()) {
                sb.append(", ").append(ctx.classification.partName(subject.disaggregation()));
            }
        }
        if (ctx.dimension != null) {
            sb.append(" by ").append(ctx.dimension);
        }
        sb.append(": ").append(rule.rule().description());
        if (!rule.rule().description().endsWith(".")) {
            sb.append('.');
        }
        Map<String, Double> terms = new LinkedHashMap<>();
        terms(rule.left(), ctx, terms);
        terms(rule.right(), ctx, terms);
        List<String> shown = new ArrayList<>();
        terms.forEach((text, v) -> shown.add(text + " is " + (v == null ? "missing" : number(v))));
        sb.append(' ').append(String.join(", ", shown));
        sb.append(shown.isEmpty() ? "" : ": ").append(rule.left().text()).append(' ').append(rule.rule().operator())
                .append(' ').append(rule.right().text()).append(" does not hold");
        return sb.toString();
    }

    /** The named values of an expression with what they were: the numbers behind an issue. */
    private static void terms(Expression e, Context ctx, Map<String, Double> out) {
        switch (e) {
            case Expression.IndicatorValue v -> out.put(v.text(), value(v, ctx));
            case Expression.Each each -> out.put(each.scope() == Expression.Scope.PARTS && ctx.dimension != null
                    ? "PARTS (by " + ctx.dimension + ")" : each.text(), value(each, ctx));
            case Expression.Call c when c.function().ofValue() -> out.put(c.text(), value(c, ctx));
            case Expression.Call c -> c.arguments().forEach(a -> terms(a, ctx, out));
            case Expression.Negation n -> terms(n.operand(), ctx, out);
            case Expression.Binary b -> {
                terms(b.left(), ctx, out);
                terms(b.right(), ctx, out);
            }
            case Expression.Number n -> { }
        }
    }

    static String number(double v) {
        return BigDecimal.valueOf(v).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }

    /** Where a rule is being checked: the crime area, and the indicator, dimension or value in turn. */
    record Context(Classification classification, Period period, Map<Classification.Cell, ReportedValue> values,
                   AcceptedHistory history, CrimeArea area, Indicator indicator, String dimension,
                   Classification.Cell cell) {

        Context on(Indicator i, String d, Classification.Cell c) {
            return new Context(classification, period, values, history, area, i, d, c);
        }

        Double current(Classification.Cell c) {
            ReportedValue v = values.get(c);
            return v == null || v.notAvailable() ? null : v.value().doubleValue();
        }
    }
}
