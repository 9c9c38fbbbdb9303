package org.eads.screening.internal.mrz;

/**
 * The text is not a machine readable zone at all (wrong shape or characters). A wrong check digit or an impossible
 * date is never this exception: those are reported in {@link MachineReadableZone}, because the document still has to
 * be searched for.
 *
 * @param line 1-based line of the problem, 0 when it concerns the whole text
 * @param position 1-based character position in that line, 0 when it concerns the whole line or text
 */
public class MrzFormatException extends IllegalArgumentException {

    private final int line;
    private final int position;

    public MrzFormatException(int line, int position, String message) {
        super(message);
        this.line = line;
        this.position = position;
    }

    public int line() {
        return line;
    }

    public int position() {
        return position;
    }
}
