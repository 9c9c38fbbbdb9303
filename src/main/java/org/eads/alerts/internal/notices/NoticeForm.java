package org.eads.alerts.internal.notices;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.eads.alerts.Distribution;
import org.eads.alerts.Notice;
import org.eads.alerts.NoticeInput;
import org.eads.alerts.NoticeType;
import org.eads.alerts.ReferencedRecord;
import org.eads.records.Problems;

/**
 * The notice form as typed, kept as text so that a form with mistakes comes back as it was sent. Record ids are one
 * text: ids separated by spaces, commas or new lines.
 */
public class NoticeForm {

    private String type = NoticeType.WANTED.name();
    private String title;
    private String summary;
    private String details;
    private String records;
    private String distribution = Distribution.ALL_MEMBERS.name();
    private List<String> members = new ArrayList<>();
    private String expiresOn;
    private boolean requiresAck = true;
    private boolean exercise;

    /** A form for a new notice, valid for a year from today. */
    static NoticeForm blank(LocalDate today) {
        NoticeForm f = new NoticeForm();
        f.expiresOn = today.plusYears(1).toString();
        return f;
    }

    /** The form of a notice the user may change: its records are those the user may see. */
    static NoticeForm of(Notice n, List<ReferencedRecord> references) {
        NoticeForm f = new NoticeForm();
        f.type = n.type().name();
        f.title = n.title();
        f.summary = n.summary();
        f.details = n.details();
        f.records = String.join("\n", references.stream().filter(ReferencedRecord::shown)
                .map(r -> r.id().toString()).toList());
        f.distribution = n.distribution().name();
        f.members = new ArrayList<>(n.distribution() == Distribution.SELECTED ? n.members() : List.of());
        f.expiresOn = n.expiresOn().toString();
        f.requiresAck = n.requiresAck();
        f.exercise = n.exercise();
        return f;
    }

    /** The input, or every mistake of form (not of content: the service checks that) at once. */
    NoticeInput toInput() {
        Problems p = new Problems();
        NoticeType t = parse(NoticeType.class, type, "type", p);
        Distribution d = parse(Distribution.class, distribution, "distribution", p);
        LocalDate expires = null;
        if (expiresOn != null && !expiresOn.isBlank()) {
            try {
                expires = LocalDate.parse(expiresOn.strip());
            } catch (DateTimeParseException e) {
                p.add("expiresOn", "is not a date: write it as yyyy-mm-dd");
            }
        }
        List<UUID> ids = new ArrayList<>();
        if (records != null) {
            for (String id : records.strip().split("[\\s,;]+")) {
                if (id.isEmpty()) {
                    continue;
                }
                try {
                    ids.add(UUID.fromString(id));
                } catch (IllegalArgumentException e) {
                    p.add("records", "'" + id + "' is not a record id: ids look like 0196a3c2-7d7e-7b3a-9c41-3e2f1a0b9c8d");
                }
            }
        }
        p.throwIfAny();
        return new NoticeInput(t, title, summary, details, ids, d,
                d == Distribution.SELECTED ? new LinkedHashSet<>(members) : null, expires, requiresAck, exercise);
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value, String field, Problems p) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            p.add(field, "'" + value + "' is not one of the choices");
            return null;
        }
    }

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public String getDetails() {
        return details;
    }

    public void setDetails(String details) {
        this.details = details;
    }

    public String getRecords() {
        return records;
    }

    public void setRecords(String records) {
        this.records = records;
    }

    public String getDistribution() {
        return distribution;
    }

    public void setDistribution(String distribution) {
        this.distribution = distribution;
    }

    public List<String> getMembers() {
        return members;
    }

    public void setMembers(List<String> members) {
        this.members = members == null ? new ArrayList<>() : members;
    }

    public String getExpiresOn() {
        return expiresOn;
    }

    public void setExpiresOn(String expiresOn) {
        this.expiresOn = expiresOn;
    }

    public boolean isRequiresAck() {
        return requiresAck;
    }

    public void setRequiresAck(boolean requiresAck) {
        this.requiresAck = requiresAck;
    }

    public boolean isExercise() {
        return exercise;
    }

    public void setExercise(boolean exercise) {
        this.exercise = exercise;
    }
}
