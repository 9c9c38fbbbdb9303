package org.eads.scam;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.eads.audit.AuditAction;
import org.eads.audit.AuditEvent;
import org.eads.audit.AuditLog;
import org.eads.identity.CurrentUser;
import org.eads.identity.EadsUser;
import org.eads.identity.Role;
import org.eads.records.Countries;
import org.eads.records.InvalidRecordException;
import org.eads.records.NotAllowedException;
import org.eads.records.Problems;
import org.eads.records.Records;
import org.eads.scam.internal.campaigns.CampaignStore;
import org.eads.scam.internal.campaigns.CompoundStore;
import org.eads.sharing.Access;
import org.eads.sharing.SharingPolicy;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Scam compounds and forced criminality: the compounds (a table of their own, with operators as links to shared
 * records), the people rescued from or trafficked into them (no names: nationality, sex, age band, how recruited,
 * when rescued), and the campaigns linked to them with the evidence of each link. Compounds and victim counts are
 * regional knowledge that every member sees; a campaign link shows only to those who may see one of its reports.
 */
@Service
public class Compounds {

    private final CompoundStore store;
    private final CampaignStore campaigns;
    private final Records records;
    private final SharingPolicy sharing;
    private final AuditLog audit;

    public Compounds(CompoundStore store, CampaignStore campaigns, Records records, SharingPolicy sharing,
                     AuditLog audit) {
        this.store = store;
        this.campaigns = campaigns;
        this.records = records;
        this.sharing = sharing;
        this.audit = audit;
    }

    /** Whether the user may see compounds: anyone who reads records or scam reports. */
    public static boolean mayRead(EadsUser user) {
        return user.hasAny(Role.OFFICER, Role.ANALYST, Role.SUPERVISOR, Role.MEMBER_ADMIN, Role.SECRETARIAT_ADMIN,
                Role.API_CLIENT);
    }

    /** Records a compound; its operators must be records the user may see. Audited. */
    @Transactional
    public long create(EadsUser user, CompoundInput in) {
        editor(user);
        Problems p = new Problems();
        p.require(in.name(), "name");
        p.maxLength(in.name(), "name", 300);
        p.maxLength(in.location(), "location", 1000);
        p.maxLength(in.notes(), "notes", 20_000);
        if (in.country() == null || !Countries.isAlpha3(in.country().strip().toUpperCase(Locale.ROOT))) {
            p.add("country", "write the three-letter code, such as KHM or MMR");
        }
        if (in.latitude() != null && in.latitude().abs().doubleValue() > 90) {
            p.add("latitude", "must be between -90 and 90");
        }
        if (in.longitude() != null && in.longitude().abs().doubleValue() > 180) {
            p.add("longitude", "must be between -180 and 180");
        }
        List<UUID> operators = in.operators() == null ? List.of() : in.operators();
        for (int i = 0; i < operators.size(); i++) {
            if (!seen(user, operators.get(i))) {
                p.add("operators[" + i + "]", "no record " + operators.get(i) + " that you may see");
            }
        }
        p.throwIfAny();
        long id = store.insert(in, user.id(), user.memberCode());
        operators.forEach(r -> store.operator(id, r));
        changed(user, id, "compound " + in.name().strip());
        return id;
    }

    /** Adds a person rescued from or trafficked into a compound. Audited. */
    @Transactional
    public long addVictim(EadsUser user, long compound, VictimInput in) {
        editor(user);
        store.compound(compound).orElseThrow(() -> new CampaignNotFoundException("Compound", compound));
        Problems p = new Problems();
        if (in.nationality() == null || !Countries.isAlpha3(in.nationality().strip().toUpperCase(Locale.ROOT))) {
            p.add("nationality", "write the three-letter code, such as IDN or VNM");
        }
        if (in.sex() != null && !in.sex().isBlank() && !Set.of("M", "F", "X").contains(in.sex().strip().toUpperCase())) {
            p.add("sex", "must be M, F or X");
        }
        if (in.ageBand() != null && !in.ageBand().isBlank() && !ScamReports.AGE_BANDS.contains(in.ageBand())) {
            p.add("ageBand", "must be one of " + String.join(", ", new java.util.TreeSet<>(ScamReports.AGE_BANDS)));
        }
        try {
            Compound.Recruitment.valueOf(in.recruitedBy() == null ? "" : in.recruitedBy().strip().toUpperCase());
        } catch (IllegalArgumentException e) {
            p.add("recruitedBy", "must be JOB_AD, SOCIAL_MEDIA, ACQUAINTANCE, AGENCY or OTHER");
        }
        p.throwIfAny();
        long id = store.victim(compound, in, user.id(), user.memberCode());
        changed(user, compound, "victim of " + in.nationality().strip().toUpperCase() + " added");
        return id;
    }

    /** Links a campaign the user may see to a compound, with the evidence. Audited. */
    @Transactional
    public void link(EadsUser user, long campaign, long compound, String evidence) {
        editor(user);
        if (campaigns.campaign(campaign, sharing.visibleRecords(user, "r")).isEmpty()) {
            throw new CampaignNotFoundException("Campaign", campaign);
        }
        store.compound(compound).orElseThrow(() -> new CampaignNotFoundException("Compound", compound));
        if (evidence == null || evidence.isBlank()) {
            throw new InvalidRecordException("evidence", "say what links the campaign to the compound, such as a "
                    + "phone used by a trafficked worker or an account of an operator");
        }
        if (evidence.length() > 5000) {
            throw new InvalidRecordException("evidence", "must be at most 5000 characters");
        }
        store.link(campaign, compound, evidence.strip(), user.id(), user.memberCode());
        audit.record(AuditEvent.ok(user.actor(CurrentUser.clientAddress()), AuditAction.SCAM_CHANGE, "SCAM_CAMPAIGN",
                Long.toString(campaign)).withDetails("linked to compound " + compound));
    }

    /** Every compound with its victim counts and the campaigns linked to it that the user may see. Audited. */
    public List<Compound> list(EadsUser user) {
        reader(user);
        List<CompoundLink> links = store.links(sharing.visibleRecords(user, "r"), user.memberCode(), null, null);
        List<Compound> out = store.compounds().stream().map(r -> compound(user, r, links.stream()
                .filter(l -> l.compoundId() == r.id()).toList(), false)).toList();
        audit.record(AuditEvent.ok(user.actor(CurrentUser.clientAddress()), AuditAction.SCAM_VIEW, "SCAM_COMPOUND",
                null).withDetails("list"));
        return out;
    }

    /** One compound. Audited. */
    public Compound view(EadsUser user, long id) {
        reader(user);
        var row = store.compound(id).orElseThrow(() -> new CampaignNotFoundException("Compound", id));
        audit.record(AuditEvent.ok(user.actor(CurrentUser.clientAddress()), AuditAction.SCAM_VIEW, "SCAM_COMPOUND",
                Long.toString(id)));
        return compound(user, row, store.links(sharing.visibleRecords(user, "r"), user.memberCode(), null, id), true);
    }

    /** The links of every campaign the user may see to compounds (the dashboard's block). */
    public List<CompoundLink> links(EadsUser user) {
        return store.links(sharing.visibleRecords(user, "r"), user.memberCode(), null, null);
    }

    /** The compounds a campaign is linked to, if the user may see the campaign. */
    public List<CompoundLink> linksOf(EadsUser user, long campaign) {
        return store.links(sharing.visibleRecords(user, "r"), user.memberCode(), campaign, null);
    }

    private Compound compound(EadsUser user, CompoundStore.Row r, List<CompoundLink> links, boolean details) {
        return new Compound(r.id(), r.name(), r.country(), r.location(), r.latitude(), r.longitude(), r.notes(),
                details ? store.operators(r.id()).stream().filter(o -> seen(user, o)).toList() : List.of(),
                store.victims(r.id()), store.victimsOf(r.id(), user.memberCode()), links);
    }

    private boolean seen(EadsUser user, UUID record) {
        return records.sharingForScreening(record).map(s -> sharing.access(user, s) == Access.FULL).orElse(false);
    }

    private static void reader(EadsUser user) {
        if (!mayRead(user)) {
            throw new NotAllowedException("Your roles do not include reading scam compounds");
        }
    }

    private static void editor(EadsUser user) {
        if (!Campaigns.mayEdit(user)) {
            throw new NotAllowedException("Only analysts and supervisors enter compounds and their links");
        }
    }

    private void changed(EadsUser user, long compound, String what) {
        audit.record(AuditEvent.ok(user.actor(CurrentUser.clientAddress()), AuditAction.SCAM_CHANGE, "SCAM_COMPOUND",
                Long.toString(compound)).withDetails(what));
    }
}
