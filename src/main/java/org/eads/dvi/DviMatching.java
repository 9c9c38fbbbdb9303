package org.eads.dvi;

import java.util.List;
import java.util.UUID;

import org.eads.audit.AuditAction;
import org.eads.audit.AuditEvent;
import org.eads.audit.AuditLog;
import org.eads.dvi.internal.FrequencyTables;
import org.eads.dvi.internal.MatchingData;
import org.eads.dvi.internal.matching.Matcher;
import org.eads.identity.CurrentUser;
import org.eads.identity.EadsUser;
import org.springframework.stereotype.Service;

/**
 * The candidates for a body: every missing person of its operation compared by DNA (direct or kinship), dental chart
 * and description, ranked with their evidence and assessment (docs/DVI.md). Audited.
 */
@Service
public class DviMatching {

    private final DviOperations operations;
    private final DviFiles files;
    private final MatchingData data;
    private final FrequencyTables tables;
    private final AuditLog audit;

    public DviMatching(DviOperations operations, DviFiles files, MatchingData data, FrequencyTables tables,
                       AuditLog audit) {
        this.operations = operations;
        this.files = files;
        this.data = data;
        this.tables = tables;
        this.audit = audit;
    }

    /** The best {@code limit} candidates for a body. */
    public List<Matcher.Candidate> candidates(EadsUser user, UUID pmFileId, int limit) {
        DviFile pm = files.get(user, DviFile.Kind.PM, pmFileId);
        Operation o = operations.visible(user, pm.operationId());
        var missing = data.missing(o.id());
        Matcher.Settings settings = new Matcher.Settings(tables.get(o.frequencyTableId()), o.theta(), o.mutationRate(),
                Math.max(o.missingReported(), missing.size()));
        List<Matcher.Candidate> ranked = Matcher.rank(data.body(pm), missing, settings);
        audit.record(AuditEvent.ok(user.actor(CurrentUser.clientAddress()), AuditAction.DVI_VIEW, "DVI_PM_FILE",
                pmFileId.toString()).withDetails("candidates among " + missing.size() + " missing persons"));
        return ranked.subList(0, Math.min(limit, ranked.size()));
    }
}
