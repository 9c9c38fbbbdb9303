package org.eads.screening;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.eads.audit.AuditAction;
import org.eads.audit.AuditEvent;
import org.eads.audit.AuditLog;
import org.eads.identity.CurrentUser;
import org.eads.identity.EadsUser;
import org.eads.records.InvalidRecordException;
import org.eads.records.Problems;
import org.eads.records.RecordNotFoundException;
import org.eads.records.Records;
import org.eads.screening.internal.index.CandidateSearch;
import org.eads.sharing.Access;
import org.eads.sharing.SharingPolicy;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The screening API: "do we know this person, document, phone, account?" across every member's records, answered
 * as each owner shares them. Every search is audited; every hit on another member's record raises a
 * {@link SearchHit} so its owner can be told; a HIT_NO_HIT record answers only "possible match held by X".
 */
@Service
@ConditionalOnWebApplication
public class Screening {

    /**
     * Matches below this score are not shown: the name engine's default threshold, at which its labelled evaluation
     * set measures the recall and precision given in docs/SCREENING.md.
     */
    public static final double THRESHOLD = 0.8;

    private final CandidateSearch candidates;
    private final SharingPolicy sharing;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final JdbcClient jdbc;
    private final Records records;

    public Screening(CandidateSearch candidates, SharingPolicy sharing, AuditLog audit, ApplicationEventPublisher events,
                     JdbcClient jdbc, Records records) {
        this.candidates = candidates;
        this.sharing = sharing;
        this.audit = audit;
        this.events = events;
        this.jdbc = jdbc;
        this.records = records;
    }

    @Transactional
    public SearchOutcome search(EadsUser user, SearchQuery query) {
        long started = System.nanoTime();
        CandidateSearch.Question question = question(query);
        List<Match> matches = new ArrayList<>();
        for (CandidateSearch.Candidate c : candidates.find(question)) {
            if (c.score() < THRESHOLD || matches.size() >= query.limitOrDefault()) {
                continue;
            }
            Access access = sharing.access(user, c.sharing());
            if (access == Access.NONE) {
                continue;
            }
            boolean hitOnly = access == Access.HIT_ONLY;
            matches.add(hitOnly ? Match.hitOnly(c.sharing().ownerMember(), c.score(), c.id())
                    : Match.full(c.id(), c.type(), c.label(), c.sharing().ownerMember(), c.score(), c.explanation()));
            if (!c.sharing().ownerMember().equals(user.memberCode())) {
                events.publishEvent(new SearchHit(c.id(), c.type().name(), c.sharing().ownerMember(), user.id(),
                        user.username(), user.memberCode(), user.agencyId(), query.summary(), c.score(), hitOnly,
                        Instant.now()));
            }
        }
        matches.sort((a, b) -> Double.compare(b.hitOnly() ? 0 : b.score(), a.hitOnly() ? 0 : a.score()));
        audit.record(new AuditEvent(user.actor(CurrentUser.clientAddress()), AuditAction.SEARCH, "SEARCH", null,
                query.purpose(), "OK", query.summary() + " -> " + matches.size() + " matches"));
        return new SearchOutcome(matches, (System.nanoTime() - started) / 1000);
    }

    /**
     * The candidates the index offers for a question, in its order and before the threshold, limited to records the
     * user may see in full, each with its score: the first half of the engine measured on its own (candidate
     * recall). Audited as a search.
     */
    @Transactional
    public List<Match> candidates(EadsUser user, SearchQuery query) {
        List<Match> out = candidates.find(question(query)).stream()
                .filter(c -> sharing.access(user, c.sharing()) == Access.FULL)
                .sorted(Comparator.comparingInt(CandidateSearch.Candidate::indexRank))
                .map(c -> Match.full(c.id(), c.type(), c.label(), c.sharing().ownerMember(), c.score(),
                        c.explanation()))
                .toList();
        audit.record(new AuditEvent(user.actor(CurrentUser.clientAddress()), AuditAction.SEARCH, "SEARCH", null,
                query.purpose(), "OK", query.summary() + " -> " + out.size() + " candidates before the threshold"));
        return out;
    }

    private static CandidateSearch.Question question(SearchQuery q) {
        Problems p = new Problems();
        Set<String> keys = new LinkedHashSet<>();
        if (q.documentNumber() != null && !q.documentNumber().isBlank()) {
            keys.addAll(CandidateSearch.identifierKeys("DOCUMENT", q.documentNumber(), null));
        }
        for (int i = 0; i < q.identifiers().size(); i++) {
            SearchQuery.Identifier id = q.identifiers().get(i);
            try {
                keys.addAll(CandidateSearch.identifierKeys(id.type(), id.value(), q.nationality()));
            } catch (IllegalArgumentException e) {
                p.add("identifiers[" + i + "]", e.getMessage().contains("No enum constant")
                        ? "'" + id.type() + "' is not an identifier type: PHONE, EMAIL, BANK_ACCOUNT, E_WALLET, URL, "
                        + "DOMAIN, CRYPTO_WALLET, SOCIAL_MEDIA, DOCUMENT, VIN, PLATE or SERIAL" : e.getMessage());
            }
        }
        boolean hasName = q.name() != null && !q.name().isBlank();
        if (keys.isEmpty() && !hasName && p.isEmpty()) {
            p.add("name", "give a name, a document number or an identifier to search for");
        }
        p.maxLength(q.name(), "name", 300);
        p.maxLength(q.purpose(), "purpose", 500);
        String sex = sex(q.sex(), p);
        String nationality = nationality(q.nationality(), p);
        p.throwIfAny();
        return new CandidateSearch.Question(keys, hasName ? q.name() : null,
                q.dateOfBirth() == null ? null : q.dateOfBirth().toString(), sex, nationality, q.types());
    }

    /** MALE or FEMALE from M, F, MALE or FEMALE in any case; nothing when unknown (U, X, UNKNOWN or blank). */
    private static String sex(String given, Problems p) {
        if (given == null || given.isBlank()) {
            return null;
        }
        return switch (given.strip().toUpperCase(Locale.ROOT)) {
            case "M", "MALE" -> "MALE";
            case "F", "FEMALE" -> "FEMALE";
            case "U", "X", "UNKNOWN" -> null;
            default -> {
                p.add("sex", "'" + given + "' is not a sex: M, F or U (unknown)");
                yield null;
            }
        };
    }

    /** A nationality as the three-letter code of the passport (ICAO Doc 9303: THA, MYS, VNM, ...). */
    private static String nationality(String given, Problems p) {
        if (given == null || given.isBlank()) {
            return null;
        }
        String code = given.strip().toUpperCase(Locale.ROOT);
        if (!code.matches("[A-Z]{3}")) {
            p.add("nationality", "'" + given + "' is not a three-letter nationality code such as THA or MYS");
            return null;
        }
        return code;
    }

    /**
     * Asks the owner of a record that answered "possible match" to disclose it. Only a record that is HIT_NO_HIT for
     * the requester can be asked for; anything else answers as a record that does not exist.
     */
    @Transactional
    public UUID requestDisclosure(EadsUser user, UUID reference, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidRecordException("reason", "say why you need the record (a case reference)");
        }
        var sharingOfRecord = records.sharingForScreening(reference)
                .filter(s -> sharing.access(user, s) == Access.HIT_ONLY)
                .orElseThrow(() -> new RecordNotFoundException(reference));
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into disclosure_request (id, record_id, owner_member, requested_by, requester_member, reason)
                values (:id, :record, :owner, :user, :member, :reason)
                """).param("id", id).param("record", reference).param("owner", sharingOfRecord.ownerMember())
                .param("user", user.id()).param("member", user.memberCode()).param("reason", reason.strip()).update();
        audit.record(new AuditEvent(user.actor(CurrentUser.clientAddress()), AuditAction.DISCLOSURE_REQUEST, "RECORD",
                reference.toString(), reason.strip(), "OK", "to " + sharingOfRecord.ownerMember()));
        events.publishEvent(new DisclosureRequested(id, reference, sharingOfRecord.ownerMember(), user.id(),
                user.username(), user.memberCode(), reason.strip(), Instant.now()));
        return id;
    }
}
