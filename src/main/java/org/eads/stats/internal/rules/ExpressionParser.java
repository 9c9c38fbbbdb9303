package org.eads.stats.internal.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads a side of a validation rule. Names are indicator codes, the words VALUE, TOTAL and PARTS, and functions;
 * {@code known} (indicator code to its dimensions) lets it say which names and dimensions do not exist.
 */
public final class ExpressionParser {

    private final String text;
    private final Map<String, List<String>> known;
    private int at;

    private ExpressionParser(String text, Map<String, List<String>> known) {
        this.text = text;
        this.known = known;
    }

    /** A mistake in an expression, with the character where it is (from 1). */
    public static final class SyntaxError extends RuntimeException {
        public SyntaxError(String message) {
            super(message);
        }
    }

    /**
     * The expression, or a {@link SyntaxError} saying what is wrong and where.
     *
     * @param known the indicators there are, each with its dimensions; null to accept any name
     */
    public static Expression parse(String text, Map<String, List<String>> known) {
        if (text == null || text.isBlank()) {
            throw new SyntaxError("is empty: write an expression such as CONVICTED or VICTIMS[SEX=*]");
        }
        ExpressionParser p = new ExpressionParser(text, known);
        Expression e = p.sum();
        p.spaces();
        if (p.at < text.length()) {
            throw p.error("unexpected '" + text.charAt(p.at) + "'");
        }
        return e;
    }

    private Expression sum() {
        Expression left = product();
        while (true) {
            spaces();
            if (peek('+') || peek('-')) {
                char op = text.charAt(at++);
                left = new Expression.Binary(op, left, product());
            } else {
                return left;
            }
        }
    }

    private Expression product() {
        Expression left = unary();
        while (true) {
            spaces();
            if (peek('*') || peek('/')) {
                char op = text.charAt(at++);
                left = new Expression.Binary(op, left, unary());
            } else {
                return left;
            }
        }
    }

    private Expression unary() {
        spaces();
        if (peek('-')) {
            at++;
            return new Expression.Negation(unary());
        }
        return primary();
    }

    private Expression primary() {
        spaces();
        if (at >= text.length()) {
            throw error("the expression ends too early");
        }
        char c = text.charAt(at);
        if (c == '(') {
            at++;
            Expression inner = sum();
            expect(')');
            return inner;
        }
        if (Character.isDigit(c) || c == '.') {
            int start = at;
            while (at < text.length() && (Character.isDigit(text.charAt(at)) || text.charAt(at) == '.')) {
                at++;
            }
            String digits = text.substring(start, at);
            try {
                return new Expression.Number(Double.parseDouble(digits));
            } catch (NumberFormatException e) {
                at = start;
                throw error("'" + digits + "' is not a number");
            }
        }
        if (Character.isLetter(c)) {
            int start = at;
            String name = name();
            spaces();
            if (peek('(')) {
                return call(name, start);
            }
            return value(name, start);
        }
        throw error("unexpected '" + c + "'");
    }

    private Expression call(String name, int start) {
        Expression.Function f;
        try {
            f = Expression.Function.valueOf(name);
        } catch (IllegalArgumentException e) {
            at = start;
            throw error("'" + name + "' is not a function: the functions are PREVIOUS_YEAR, HISTORY_MEAN, "
                    + "HISTORY_SD, ABS, MAX and MIN");
        }
        at++;
        List<Expression> args = new ArrayList<>();
        spaces();
        if (!peek(')')) {
            args.add(sum());
            spaces();
            while (peek(',')) {
                at++;
                args.add(sum());
                spaces();
            }
        }
        expect(')');
        boolean many = f == Expression.Function.MAX || f == Expression.Function.MIN;
        if (many ? args.size() < 2 : args.size() != f.arguments()) {
            at = start;
            throw error(f.name() + " takes " + (many ? "two or more numbers" : "one " + (f.ofValue() ? "value" : "number")));
        }
        if (f.ofValue()) {
            Expression arg = args.getFirst();
            boolean single = arg instanceof Expression.IndicatorValue v && !v.sumOfParts()
                    || arg instanceof Expression.Each each && each.scope() != Expression.Scope.PARTS;
            boolean sum = arg instanceof Expression.IndicatorValue || arg instanceof Expression.Each;
            if (f == Expression.Function.PREVIOUS_YEAR ? !sum : !single) {
                at = start;
                throw error(f.name() + " takes " + (f == Expression.Function.PREVIOUS_YEAR
                        ? "a value such as CASES, VICTIMS[SEX=*] or TOTAL"
                        : "one value such as CASES, VICTIMS[SEX=F], TOTAL or VALUE (not a sum of parts)"));
            }
        }
        return new Expression.Call(f, args);
    }

    private Expression value(String name, int start) {
        for (Expression.Scope s : Expression.Scope.values()) {
            if (s != Expression.Scope.CRIME_AREA && s.name().equals(name)) {
                return new Expression.Each(s);
            }
        }
        if (known != null && !known.containsKey(name)) {
            at = start;
            throw error("'" + name + "' is not an indicator: the indicators are " + String.join(", ", known.keySet())
                    + "; the words VALUE, TOTAL and PARTS name the value checked");
        }
        spaces();
        if (!peek('[')) {
            return new Expression.IndicatorValue(name, null, null);
        }
        at++;
        spaces();
        int dimensionAt = at;
        String dimension = name();
        if (known != null && !known.get(name).contains(dimension)) {
            at = dimensionAt;
            throw error("'" + dimension + "' is not a dimension of " + name + (known.get(name).isEmpty()
                    ? ", which has only a total" : ": its dimensions are " + String.join(", ", known.get(name))));
        }
        spaces();
        expect('=');
        spaces();
        String part;
        if (peek('*')) {
            at++;
            part = "*";
        } else {
            part = name();
        }
        expect(']');
        return new Expression.IndicatorValue(name, dimension, part);
    }

    private String name() {
        int start = at;
        while (at < text.length() && (Character.isLetterOrDigit(text.charAt(at)) || text.charAt(at) == '_')) {
            at++;
        }
        if (start == at) {
            throw error("a name is expected");
        }
        return text.substring(start, at).toUpperCase(Locale.ROOT);
    }

    private void expect(char c) {
        spaces();
        if (!peek(c)) {
            throw error("'" + c + "' is expected" + (at < text.length() ? " instead of '" + text.charAt(at) + "'" : ""));
        }
        at++;
    }

    private boolean peek(char c) {
        return at < text.length() && text.charAt(at) == c;
    }

    private void spaces() {
        while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
            at++;
        }
    }

    private SyntaxError error(String message) {
        return new SyntaxError("at character " + (at + 1) + ": " + message);
    }

    /** The scope of a rule whose sides are these: what it is checked on in turn. */
    public static Expression.Scope scopeOf(Expression left, Expression right) {
        Set<Expression.Scope> found = new java.util.HashSet<>();
        collect(left, found);
        collect(right, found);
        if (found.contains(Expression.Scope.VALUE)) {
            if (found.size() > 1) {
                throw new SyntaxError("VALUE cannot be mixed with TOTAL or PARTS in one rule");
            }
            return Expression.Scope.VALUE;
        }
        if (found.contains(Expression.Scope.PARTS)) {
            return Expression.Scope.PARTS;
        }
        return found.contains(Expression.Scope.TOTAL) ? Expression.Scope.TOTAL : Expression.Scope.CRIME_AREA;
    }

    private static void collect(Expression e, Set<Expression.Scope> found) {
        switch (e) {
            case Expression.Each each -> found.add(each.scope());
            case Expression.Call call -> call.arguments().forEach(a -> collect(a, found));
            case Expression.Negation n -> collect(n.operand(), found);
            case Expression.Binary b -> {
                collect(b.left(), found);
                collect(b.right(), found);
            }
            case Expression.Number n -> { }
            case Expression.IndicatorValue v -> { }
        }
    }
}
