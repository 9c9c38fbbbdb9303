package org.eads.demo.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.eads.demo.DviDemo;
import org.eads.dvi.AmDataRequests;
import org.eads.dvi.DnaProfileInput;
import org.eads.dvi.DviFile;
import org.eads.dvi.DviFiles;
import org.eads.dvi.DviOperations;
import org.eads.dvi.Identification;
import org.eads.dvi.Identifications;
import org.eads.dvi.Operation;
import org.eads.identity.EadsUser;
import org.springframework.stereotype.Component;

/**
 * Enters the demo's DVI operation through the DVI services, as its teams would: the lead member opens it, each member
 * enters its files, the reconciliation team proposes, two board members confirm one identification, and the family
 * of a missing person is asked for reference samples.
 */
@Component
public class DviDemoLoader {

    private final DviOperations operations;
    private final DviFiles files;
    private final Identifications identifications;
    private final AmDataRequests requests;

    DviDemoLoader(DviOperations operations, DviFiles files, Identifications identifications,
                  AmDataRequests requests) {
        this.operations = operations;
        this.files = files;
        this.identifications = identifications;
        this.requests = requests;
    }

    /**
     * @param officers an officer of each member that enters files
     * @param board    two identification board members other than the lead member's officer
     */
    public Operation load(DviDemo.Plan plan, Map<String, EadsUser> officers, List<EadsUser> board) {
        EadsUser lead = officers.get(plan.lead());
        Operation o = operations.open(lead, plan.operation());
        Map<String, UUID> ids = new HashMap<>();
        enter(o, DviFile.Kind.PM, plan.bodies(), officers, ids);
        enter(o, DviFile.Kind.AM, plan.missing(), officers, ids);
        Identification confirmed = propose(lead, plan.confirmed(), ids);
        for (EadsUser member : board) {
            identifications.vote(member, confirmed.id(), "CONFIRM", "DNA direct reference, full profile");
        }
        propose(lead, plan.proposed(), ids);
        requests.request(lead, ids.get(plan.request()), "FAMILY_REFERENCE_SAMPLES",
                "A body's profile awaits comparison: both parents if living, else full siblings");
        return o;
    }

    private void enter(Operation o, DviFile.Kind kind, List<DviDemo.File> plan, Map<String, EadsUser> officers,
                       Map<String, UUID> ids) {
        for (DviDemo.File f : plan) {
            EadsUser by = officers.get(f.member());
            UUID id = files.create(by, o.id(), kind, f.input()).id();
            ids.put(f.input().number(), id);
            for (DnaProfileInput dna : f.dna()) {
                files.addDna(by, kind, id, dna);
            }
            if (f.teeth() != null) {
                files.chart(by, kind, id, null, f.teeth());
            }
        }
    }

    private Identification propose(EadsUser by, DviDemo.Match m, Map<String, UUID> ids) {
        return identifications.propose(by, ids.get(m.body()), ids.get(m.missing()), m.methods(), null);
    }
}
