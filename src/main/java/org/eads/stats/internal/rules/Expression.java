package org.eads.stats.internal.rules;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;

/** A side of a validation rule, parsed: see docs/STATS.md for the language. */
public sealed interface Expression {

    /** The expression as the rule language writes it. */
    String text();

    /** A constant. */
    record Number(double value) implements Expression {
        @Override
        public String text() {
            return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
        }
    }

    /**
     * A value of an indicator in the same crime area: its total ({@code CASES}), one part ({@code VICTIMS[SEX=F]}) or
     * the sum of the parts of a dimension ({@code VICTIMS[SEX=*]}, {@code part} "*").
     */
    record IndicatorValue(String indicator, String dimension, String part) implements Expression {

        public boolean sumOfParts() {
            return "*".equals(part);
        }

        @Override
        public String text() {
            return dimension == null ? indicator : indicator + "[" + dimension + "=" + part + "]";
        }
    }

    /**
     * The value a rule is checked on in turn: {@code VALUE} every value, {@code TOTAL} every indicator's total,
     * {@code PARTS} the sum of the parts of every dimension of every indicator (beside {@code TOTAL}).
     */
    record Each(Scope scope) implements Expression {
        @Override
        public String text() {
            return scope.name();
        }
    }

    /** A function: PREVIOUS_YEAR, HISTORY_MEAN, HISTORY_SD of a value; ABS, MAX, MIN of numbers. */
    record Call(Function function, List<Expression> arguments) implements Expression {
        public Call {
            arguments = List.copyOf(arguments);
        }

        @Override
        public String text() {
            return function.name() + "(" + arguments.stream().map(Expression::text).collect(Collectors.joining(", "))
                    + ")";
        }
    }

    record Negation(Expression operand) implements Expression {
        @Override
        public String text() {
            return "-" + (operand instanceof Binary ? "(" + operand.text() + ")" : operand.text());
        }
    }

    record Binary(char operator, Expression left, Expression right) implements Expression {
        @Override
        public String text() {
            return side(left, false) + " " + operator + " " + side(right, true);
        }

        private String side(Expression e, boolean right) {
            if (e instanceof Binary b && (precedence(b.operator) < precedence(operator)
                    || right && precedence(b.operator) == precedence(operator))) {
                return "(" + e.text() + ")";
            }
            return e.text();
        }

        private static int precedence(char op) {
            return op == '+' || op == '-' ? 1 : 2;
        }
    }

    /** What a rule iterates over. */
    enum Scope {
        /** Once per crime area. */
        CRIME_AREA,
        /** Once per indicator of the crime area (its total). */
        TOTAL,
        /** Once per dimension of each indicator of the crime area. */
        PARTS,
        /** Once per value reported for the crime area. */
        VALUE
    }

    enum Function {
        PREVIOUS_YEAR(1, true), HISTORY_MEAN(1, true), HISTORY_SD(1, true), ABS(1, false), MAX(2, false),
        MIN(2, false);

        private final int arguments;
        private final boolean ofValue;

        Function(int arguments, boolean ofValue) {
            this.arguments = arguments;
            this.ofValue = ofValue;
        }

        /** The fewest arguments; MAX and MIN take more. */
        int arguments() {
            return arguments;
        }

        /** Whether the argument is a value (looked up in the member's accepted data) rather than a number. */
        boolean ofValue() {
            return ofValue;
        }
    }
}
