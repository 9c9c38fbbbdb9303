package org.eads.screening.internal.mrz;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/** Builds zones for tests with check digits computed here, independently of the code under test. */
final class MrzSamples {

    static final Clock TODAY = Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneOffset.UTC);

    private static final String ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";

    private MrzSamples() {
    }

    /** Doc 9303 Part 3 section 4.9, written from the table rather than from the production code. */
    static char checkDigit(String text) {
        int[] weights = {7, 3, 1};
        int sum = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int value = c == '<' ? 0 : ALPHABET.indexOf(c);
            if (value < 0) {
                throw new IllegalArgumentException("not an MRZ character: " + c);
            }
            sum += value * weights[i % 3];
        }
        return Character.forDigit(sum % 10, 10);
    }

    static String pad(String text, int length) {
        if (text.length() > length) {
            throw new IllegalArgumentException(text + " is longer than " + length);
        }
        return text + "<".repeat(length - text.length());
    }

    static String name(String primary, String secondary, int length) {
        String name = primary.replace(' ', '<') + (secondary.isEmpty() ? "" : "<<" + secondary.replace(' ', '<'));
        return pad(name.length() > length ? name.substring(0, length) : name, length);
    }

    /** A TD3 passport zone, two lines joined by a newline. */
    static String td3(String state, String primary, String secondary, String number, String nationality,
            String birth, char sex, String expiry, String personalNumber) {
        String line1 = pad("P<" + state + name(primary, secondary, 39), 44);
        String doc = pad(number, 9) + checkDigit(pad(number, 9));
        String dob = birth + checkDigit(birth);
        String exp = expiry + checkDigit(expiry);
        String personal = pad(personalNumber, 14);
        String personalCheck = personalNumber.isEmpty() ? "<" : String.valueOf(checkDigit(personal));
        String composite = doc + dob + exp + personal + personalCheck;
        String line2 = doc + nationality + dob + sex + exp + personal + personalCheck + checkDigit(composite);
        return line1 + "\n" + line2;
    }

    /** A TD1 identity card zone, three lines joined by newlines. */
    static String td1(String code, String state, String number, String optional1, String birth, char sex,
            String expiry, String nationality, String optional2, String primary, String secondary) {
        String numberAndCheck = number.length() <= 9
                ? pad(number, 9) + checkDigit(pad(number, 9))
                : number.substring(0, 9) + "<" + number.substring(9) + checkDigit(number) + "<";
        String line1 = pad(pad(code, 2) + state + numberAndCheck + optional1, 30);
        String dob = birth + checkDigit(birth);
        String exp = expiry + checkDigit(expiry);
        String opt2 = pad(optional2, 11);
        String composite = line1.substring(5) + dob + exp + opt2;
        String line2 = dob + sex + exp + nationality + opt2 + checkDigit(composite);
        return line1 + "\n" + line2 + "\n" + name(primary, secondary, 30);
    }

    /** Replaces the character at a 1-based line and position, as a scanner or a forger would. */
    static String replace(String zone, int line, int position, char replacement) {
        String[] lines = zone.split("\n");
        StringBuilder changed = new StringBuilder(lines[line - 1]);
        changed.setCharAt(position - 1, replacement);
        lines[line - 1] = changed.toString();
        return String.join("\n", lines);
    }

    static char charAt(String zone, int line, int position) {
        return zone.split("\n")[line - 1].charAt(position - 1);
    }
}
