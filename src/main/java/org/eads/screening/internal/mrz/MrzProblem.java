package org.eads.screening.internal.mrz;

/**
 * Something in a field that a reader should know about but that does not stop the document being read, such as an
 * impossible date or an unknown country code. Check digits are reported on their own, in {@link CheckDigitResult}.
 *
 * @param line 1-based
 * @param position 1-based position of the field's first character
 */
public record MrzProblem(int line, int position, String message) {
}
