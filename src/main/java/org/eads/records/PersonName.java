package org.eads.records;

/**
 * One name of a person as written: {@code full} in its own script, {@code latin} its Latin form when the name is
 * written in another script, {@code script} an ISO 15924 name (detected when not given), {@code language} a BCP 47
 * tag when known.
 */
public record PersonName(String full, String latin, String script, String language, Kind kind) {

    public enum Kind { PRIMARY, ALIAS }

    void validate(Problems p) {
        p.require(full, "full");
        p.maxLength(full, "full", 300);
        p.maxLength(latin, "latin", 300);
        if (full != null && full.chars().anyMatch(Character::isISOControl)) {
            p.add("full", "must not contain control characters");
        }
    }

    PersonName normalized(boolean first) {
        String f = full.strip().replaceAll("\\s+", " ");
        String l = latin == null || latin.isBlank() ? null : latin.strip().replaceAll("\\s+", " ");
        return new PersonName(f, l, script == null || script.isBlank() ? Scripts.detect(f) : script, language,
                kind == null ? (first ? Kind.PRIMARY : Kind.ALIAS) : kind);
    }

    /** The name to show: the native form with its Latin form beside it. */
    public String display() {
        return latin == null ? full : full + " (" + latin + ")";
    }
}
