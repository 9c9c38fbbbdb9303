package org.eads.records;

import java.util.List;
import java.util.stream.Collectors;

/** An input that cannot be accepted, with everything that is wrong with it. */
public class InvalidRecordException extends RuntimeException {

    private final List<Problems.FieldProblem> problems;

    public InvalidRecordException(List<Problems.FieldProblem> problems) {
        super(problems.stream().map(Problems.FieldProblem::toString).collect(Collectors.joining("; ")));
        this.problems = List.copyOf(problems);
    }

    public InvalidRecordException(String field, String message) {
        this(List.of(new Problems.FieldProblem(field, message)));
    }

    public List<Problems.FieldProblem> problems() {
        return problems;
    }
}
