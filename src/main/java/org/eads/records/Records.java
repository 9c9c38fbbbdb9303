package org.eads.records;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

import org.eads.audit.AuditAction;
import org.eads.audit.AuditEvent;
import org.eads.audit.AuditLog;
import org.eads.identity.CurrentUser;
import org.eads.identity.EadsUser;
import org.eads.identity.Role;
import org.eads.member.Agency;
import org.eads.member.Member;
import org.eads.member.Members;
import org.eads.records.internal.RecordIds;
import org.eads.records.internal.RecordStore;
import org.eads.sharing.Access;
import org.eads.sharing.RecordSharing;
import org.eads.sharing.SharingPolicy;
import org.eads.sharing.SqlCondition;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The records API: every page, API call, import and export goes through here, so that the sharing policy and the
 * audit log are applied the same way on every path.
 */
@Service
public class Records {

    private static final String OBJECT = "RECORD";
    static final int EXPORT_BATCH = 500;

    private final RecordStore store;
    private final SharingPolicy sharing;
    private final AuditLog audit;
    private final Members members;
    private final ApplicationEventPublisher events;

    public Records(RecordStore store, SharingPolicy sharing, AuditLog audit, Members members,
                   ApplicationEventPublisher events) {
        this.store = store;
        this.sharing = sharing;
        this.audit = audit;
        this.members = members;
        this.events = events;
    }

    /** Creates a record owned by the user's member. */
    @Transactional
    public SharedRecord create(EadsUser user, RecordInput input) {
        requireWriter(user);
        checked(user, input, members.byCode());
        SharedRecord r = newRecord(user, input, RecordIds.next());
        store.insert(r, user.id(), null);
        audit.record(AuditEvent.ok(actor(user), AuditAction.RECORD_CREATE, OBJECT, r.id().toString())
                .withDetails(r.type() + " " + r.sharingLevel()));
        events.publishEvent(new RecordChanged(r.id(), r.version(), r.type(), r.ownerMember(), RecordChanged.Change.CREATED));
        return r;
    }

    /**
     * Everything wrong with the input for this user, including what needs the database (known members, the user's
     * agencies). Imports call it row by row before they write anything.
     */
    public List<Problems.FieldProblem> problems(EadsUser user, RecordInput input, Map<String, Member> knownMembers) {
        Problems p = new Problems();
        input.validate(p);
        directoryProblems(user, input, knownMembers, p);
        return p.list();
    }

    /**
     * What only the directory of members and agencies can tell: for an input that {@link RecordCodec#read} has
     * already validated (imports check each row once, not twice).
     */
    public List<Problems.FieldProblem> directoryProblems(EadsUser user, RecordInput input,
                                                         Map<String, Member> knownMembers) {
        Problems p = new Problems();
        directoryProblems(user, input, knownMembers, p);
        return p.list();
    }

    private void directoryProblems(EadsUser user, RecordInput input, Map<String, Member> knownMembers, Problems p) {
        int i = 0;
        for (String code : input.sharedWith()) {
            if (!knownMembers.containsKey(code)) {
                p.add("sharedWith[" + i + "]", "'" + code + "' is not a member of e-ADS");
            } else if (code.equals(user.memberCode())) {
                p.add("sharedWith[" + i + "]", "is your own member: it always sees its records");
            }
            i++;
        }
        if (input.agencyId() != null) {
            Optional<Agency> agency = members.agency(input.agencyId());
            if (agency.isEmpty() || !agency.get().memberCode().equals(user.memberCode())) {
                p.add("agencyId", "is not an agency of " + user.memberCode());
            }
        }
    }

    private void checked(EadsUser user, RecordInput input, Map<String, Member> knownMembers) {
        List<Problems.FieldProblem> problems = problems(user, input, knownMembers);
        if (!problems.isEmpty()) {
            throw new InvalidRecordException(problems);
        }
    }

    /**
     * Writes many validated records for the user in the caller's transaction, with no audit entry per record (the
     * caller audits the import as one act). The fast path behind {@code eads import} and the import page.
     */
    @Transactional
    public List<SharedRecord> importBatch(EadsUser user, UUID importId, List<RecordInput> inputs) {
        return importBatch(prepareImport(user, importId, inputs));
    }

    /**
     * Makes validated inputs ready to be written: ids, labels, and the rows in the form the database loads fastest.
     * Touches no database, so an import prepares the next batch on another thread while this one is written.
     */
    public PreparedImport prepareImport(EadsUser user, UUID importId, List<RecordInput> inputs) {
        requireWriter(user);
        List<SharedRecord> created = inputs.stream().map(in -> newRecord(user, in, RecordIds.next())).toList();
        return new PreparedImport(created, store.copyRows(created, user.id(), importId));
    }

    /** Writes a prepared batch in the caller's transaction. */
    @Transactional
    public List<SharedRecord> importBatch(PreparedImport batch) {
        // No event per record: derived state follows the change sequence (record_change), which COPY fills too.
        store.copyIn(batch.rows());
        return batch.records();
    }

    /** The record if the user may see it in full; every call is audited, including refusals. */
    @Transactional
    public Optional<SharedRecord> view(EadsUser user, UUID id, String purpose) {
        refuseNul("purpose", purpose);
        Optional<SharedRecord> visible = visible(user, id);
        audit.record(new AuditEvent(actor(user), AuditAction.RECORD_VIEW, OBJECT, id.toString(), purpose,
                visible.isPresent() ? "OK" : "NOT_FOUND", null));
        return visible;
    }

    @Transactional
    public SharedRecord update(EadsUser user, UUID id, int expectedVersion, RecordInput input) {
        SharedRecord current = changeable(user, id);
        if (input.type() != current.type()) {
            throw new InvalidRecordException("type", "cannot change a " + current.type() + " record into "
                    + input.type() + ": create a new record instead");
        }
        checked(user, input, members.byCode());
        if (current.version() != expectedVersion) {
            throw new StaleVersionException(expectedVersion, current.version());
        }
        Instant now = now();
        RecordData data = input.data().normalize();
        SharedRecord changed = new SharedRecord(id, current.type(), current.ownerMember(),
                input.agencyId() != null ? input.agencyId() : current.agencyId(), current.createdBy(),
                input.sharingLevel(), input.sharedWith(), input.handlingCodes(), input.handlingNote(),
                input.classification(), input.reviewDateOrDefault(), data.label(), data,
                current.version() + 1, current.createdAt(), now, user.username());
        if (!store.update(current, changed, user.id())) {
            throw new StaleVersionException(expectedVersion, store.find(id).map(s -> s.record().version()).orElse(-1));
        }
        audit.record(AuditEvent.ok(actor(user), AuditAction.RECORD_UPDATE, OBJECT, id.toString())
                .withDetails("version " + changed.version()));
        events.publishEvent(new RecordChanged(id, changed.version(), changed.type(), changed.ownerMember(),
                RecordChanged.Change.UPDATED));
        return changed;
    }

    /** Soft delete: the record disappears from every path but stays in its history. */
    @Transactional
    public void delete(EadsUser user, UUID id, Integer expectedVersion, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidRecordException("reason", "say why the record is deleted");
        }
        refuseNul("reason", reason);
        SharedRecord current = changeable(user, id);
        int expected = expectedVersion == null ? current.version() : expectedVersion;
        if (current.version() != expected) {
            throw new StaleVersionException(expected, current.version());
        }
        Instant now = now();
        SharedRecord deleted = new SharedRecord(id, current.type(), current.ownerMember(), current.agencyId(),
                current.createdBy(), current.sharingLevel(), current.sharedWith(), current.handlingCodes(),
                current.handlingNote(), current.classification(), current.reviewDate(), current.label(),
                current.data(), current.version() + 1, current.createdAt(), now, user.username());
        if (!store.softDelete(current, deleted, user.id(), reason.strip())) {
            throw new StaleVersionException(expected, store.find(id).map(s -> s.record().version()).orElse(-1));
        }
        audit.record(AuditEvent.ok(actor(user), AuditAction.RECORD_DELETE, OBJECT, id.toString()).withDetails(reason));
        events.publishEvent(new RecordChanged(id, deleted.version(), deleted.type(), deleted.ownerMember(),
                RecordChanged.Change.DELETED));
    }

    /** One page of the records the user may see; audited with the filter. */
    @Transactional
    public RecordPage list(EadsUser user, RecordFilter filter, int page, int size) {
        int p = Math.max(0, page);
        int s = Math.min(Math.max(1, size), 500);
        List<RecordSummary> rows = store.list(sharing.visibleRecords(user, "r"), filter, user.memberCode(), (long) p * s, s + 1);
        audit.record(AuditEvent.ok(actor(user), AuditAction.RECORD_LIST, OBJECT, null)
                .withDetails(("page " + p + " " + filter.describe()).strip()));
        return new RecordPage(rows.size() > s ? rows.subList(0, s) : rows, p, s, rows.size() > s);
    }

    /**
     * The record with its history and links, as the record page shows it: one audited view, so that the audit log
     * shows one entry per page someone opened. A refusal is audited too: the entry must survive the exception.
     */
    @Transactional(noRollbackFor = RecordNotFoundException.class)
    public RecordDossier dossier(EadsUser user, UUID id, String purpose) {
        SharedRecord r = view(user, id, purpose).orElseThrow(() -> new RecordNotFoundException(id));
        return new RecordDossier(r, versions(user, id), store.links(id, sharing.visibleRecords(user, "r")),
                mayChange(user, r));
    }

    /** The versions of a record the user may see, newest first. Each version is the whole record: audited as a view. */
    @Transactional(noRollbackFor = RecordNotFoundException.class)
    public List<RecordVersion> history(EadsUser user, UUID id, String purpose) {
        viewed(user, id, purpose, "history");
        return versions(user, id);
    }

    /**
     * The versions that the user could see when each was current: sharing a record more widely later does not
     * disclose what an earlier version held back (a record kept NATIONAL before it was cleaned up and shared).
     */
    private List<RecordVersion> versions(EadsUser user, UUID id) {
        return store.versions(id).stream().filter(v -> sharing.maySee(user, store.sharingAt(v))).toList();
    }

    /** The links of a visible record to other records the user may see; audited, as it shows the other records. */
    @Transactional(noRollbackFor = RecordNotFoundException.class)
    public List<RecordLink> links(EadsUser user, UUID id, String purpose) {
        viewed(user, id, purpose, "links");
        return store.links(id, sharing.visibleRecords(user, "r"));
    }

    private void viewed(EadsUser user, UUID id, String purpose, String what) {
        refuseNul("purpose", purpose);
        boolean seen = visible(user, id).isPresent();
        audit.record(new AuditEvent(actor(user), AuditAction.RECORD_VIEW, OBJECT, id.toString(), purpose,
                seen ? "OK" : "NOT_FOUND", what));
        if (!seen) {
            throw new RecordNotFoundException(id);
        }
    }

    /** How many records of each type and sharing level the user's member holds (for its dashboard). */
    public SharingProfile sharingProfile(EadsUser user) {
        return store.sharingProfile(sharing.visibleRecords(user, "r"), user.memberCode());
    }

    /**
     * Hands every record the user may see that matches the filter to {@code sink}, in batches of
     * {@value #EXPORT_BATCH}, so an export of a million rows holds one batch in memory. Audited once, before the
     * first row leaves, so an export that breaks off half-way is still on record. Runs outside a transaction: a long
     * export must not hold one open. Returns the number of records.
     */
    public long export(EadsUser user, RecordFilter filter, String format, Consumer<SharedRecord> sink) {
        audit.record(AuditEvent.ok(actor(user), AuditAction.EXPORT, OBJECT, null)
                .withDetails(("format=" + format + " " + filter.describe()).strip()));
        SqlCondition visible = sharing.visibleRecords(user, "r");
        long count = 0;
        UUID after = null;
        while (true) {
            List<SharedRecord> batch = store.batchAfter(visible, filter, user.memberCode(), after, EXPORT_BATCH);
            batch.forEach(sink);
            count += batch.size();
            if (batch.size() < EXPORT_BATCH) {
                return count;
            }
            after = batch.getLast().id();
        }
    }

    /** Links a record the user may change to any record the user may see. */
    @Transactional
    public void link(EadsUser user, UUID from, UUID to, LinkKind kind) {
        changeable(user, from);
        visible(user, to).orElseThrow(() -> new RecordNotFoundException(to));
        if (from.equals(to)) {
            throw new InvalidRecordException("to", "a record cannot be linked to itself");
        }
        store.link(from, to, kind, user.id());
        audit.record(AuditEvent.ok(actor(user), AuditAction.RECORD_LINK, OBJECT, from.toString())
                .withDetails(kind + " " + to));
    }

    @Transactional
    public void unlink(EadsUser user, UUID recordId, long linkId) {
        changeable(user, recordId);
        // Only a link the user is shown: one to a record they may not see is as absent as one that does not exist.
        boolean shown = store.links(recordId, sharing.visibleRecords(user, "r")).stream().anyMatch(l -> l.id() == linkId);
        if (!shown || !store.unlink(linkId, recordId)) {
            throw new RecordNotFoundException(recordId);
        }
        audit.record(AuditEvent.ok(actor(user), AuditAction.RECORD_LINK, OBJECT, recordId.toString())
                .withDetails("removed link " + linkId));
    }

    /**
     * How a live record is shared, with nothing of its content: for screening to decide what a searcher may learn
     * of a match (a HIT_NO_HIT record only tells who holds it).
     */
    public Optional<RecordSharing> sharingForScreening(UUID id) {
        return store.find(id).filter(s -> !s.deleted()).map(s -> s.record().sharing());
    }

    /** Whether the user may change the record: their own member's, and theirs or they supervise. */
    public boolean mayChange(EadsUser user, SharedRecord r) {
        return r.ownerMember().equals(user.memberCode()) && isWriter(user)
                && (user.hasAny(Role.SUPERVISOR, Role.API_CLIENT) || user.username().equals(r.createdBy()));
    }

    private Optional<SharedRecord> visible(EadsUser user, UUID id) {
        return store.find(id).filter(s -> !s.deleted()).map(RecordStore.Stored::record)
                .filter(r -> sharing.access(user, r.sharing()) == Access.FULL);
    }

    private SharedRecord changeable(EadsUser user, UUID id) {
        SharedRecord r = visible(user, id).orElseThrow(() -> new RecordNotFoundException(id));
        if (!mayChange(user, r)) {
            throw new NotAllowedException(r.ownerMember().equals(user.memberCode())
                    ? "Only the officer who created this record or a supervisor of " + r.ownerMember() + " may change it"
                    : "Only " + r.ownerMember() + " may change its records");
        }
        return r;
    }

    /** PostgreSQL cannot store a NUL character: a text that holds one is the caller's mistake, not a failure. */
    private static void refuseNul(String field, String text) {
        if (text != null && text.indexOf('\u0000') >= 0) {
            throw new InvalidRecordException(field, "must not contain the NUL character (U+0000)");
        }
    }

    private static boolean isWriter(EadsUser user) {
        return user.hasAny(Role.OFFICER, Role.ANALYST, Role.SUPERVISOR, Role.API_CLIENT);
    }

    private static void requireWriter(EadsUser user) {
        if (!isWriter(user)) {
            throw new NotAllowedException("Your roles do not allow creating records");
        }
    }

    /** A new record of the input, its data in normal form whoever built the input (the codec already does this). */
    private SharedRecord newRecord(EadsUser user, RecordInput in, UUID id) {
        Instant now = now();
        RecordData data = in.data().normalize();
        return new SharedRecord(id, in.type(), user.memberCode(), in.agencyId() != null ? in.agencyId() : user.agencyId(),
                user.username(), in.sharingLevel(), in.sharedWith(), in.handlingCodes(), in.handlingNote(),
                in.classification(), in.reviewDateOrDefault(), data.label(), data, 1, now, now, user.username());
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }

    private static org.eads.audit.Actor actor(EadsUser user) {
        return user.actor(CurrentUser.clientAddress());
    }
}
