package org.eads.demo.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.eads.demo.DemoAccount;
import org.eads.demo.DemoDataset;
import org.eads.demo.DemoLink;
import org.eads.demo.DemoRecord;
import org.eads.demo.ScamDemo;
import org.eads.identity.EadsUser;
import org.eads.identity.NewUser;
import org.eads.identity.Users;
import org.eads.member.Agency;
import org.eads.member.Members;
import org.eads.records.LinkKind;
import org.eads.records.RecordInput;
import org.eads.records.Records;
import org.eads.records.SharedRecord;
import org.eads.scam.ScamReports;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the demo dataset on the first start of {@code eads demo} (when its accounts do not exist yet) and prints the
 * demo accounts on every start.
 */
@Component
@ConditionalOnProperty(name = "eads.demo.enabled", havingValue = "true")
class DemoLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoLoader.class);
    /** Scam reports of the demo, over the ten national centres. */
    static final int SCAM_REPORTS = 400;

    private final Users users;
    private final Members members;
    private final Records records;
    private final TransactionTemplate transaction;
    private final ScamReports scamReports;

    DemoLoader(Users users, Members members, Records records, TransactionTemplate transaction,
               ScamReports scamReports) {
        this.users = users;
        this.members = members;
        this.records = records;
        this.transaction = transaction;
        this.scamReports = scamReports;
    }

    @Override
    public void run(ApplicationArguments args) {
        DemoDataset dataset = DemoDataset.create();
        if (users.find(dataset.accounts().get(0).username()).isEmpty()) {
            log.info("Loading the demo dataset: {} records, {} links, {} accounts", dataset.records().size(),
                    dataset.links().size(), dataset.accounts().size());
            transaction.executeWithoutResult(tx -> load(dataset));
        }
        System.out.println(accountsTable(dataset.accounts()));
    }

    private void load(DemoDataset dataset) {
        Map<String, Long> agencyIds = new HashMap<>();
        for (Agency a : members.agencies()) {
            agencyIds.put(a.name(), a.id());
        }
        Map<String, EadsUser> officers = new HashMap<>();
        for (DemoAccount a : dataset.accounts()) {
            EadsUser user = users.create(new NewUser(a.username(), a.displayName(), a.email(), a.memberCode(),
                    agencyIds.get(a.agencyName()), a.roles(), a.password()));
            users.enrolTotp(a.username(), a.totpSecret());
            if (a.username().endsWith(".officer")) {
                officers.putIfAbsent(a.memberCode(), user);
            }
        }
        List<UUID> ids = new ArrayList<>(dataset.records().size());
        int i = 0;
        while (i < dataset.records().size()) {
            String owner = dataset.records().get(i).ownerMemberCode();
            List<RecordInput> batch = new ArrayList<>();
            while (i < dataset.records().size() && dataset.records().get(i).ownerMemberCode().equals(owner)) {
                DemoRecord r = dataset.records().get(i++);
                RecordInput in = r.input();
                batch.add(new RecordInput(in.data(), in.sharingLevel(), in.sharedWith(), in.handlingCodes(),
                        in.handlingNote(), in.classification(), in.reviewDate(), agencyIds.get(r.agencyName())));
            }
            for (SharedRecord created : records.importBatch(officers.get(owner), UUID.randomUUID(), batch)) {
                ids.add(created.id());
            }
        }
        for (DemoLink link : dataset.links()) {
            String owner = dataset.records().get(link.from()).ownerMemberCode();
            records.link(officers.get(owner), ids.get(link.from()), ids.get(link.to()), LinkKind.valueOf(link.kind()));
        }
        for (ScamDemo.Report r : ScamDemo.create(DemoDataset.DEFAULT_SEED, LocalDate.now(), SCAM_REPORTS)) {
            scamReports.create(officers.get(r.memberCode()), r.input());
        }
    }

    private static String accountsTable(List<DemoAccount> accounts) {
        StringBuilder sb = new StringBuilder("\nDemo accounts (password, then the 6-digit code of an authenticator app"
                + " set up with the TOTP secret):\n");
        sb.append(String.format("%-22s %-9s %-36s %-24s %s%n", "username", "member", "roles", "password", "TOTP secret"));
        for (DemoAccount a : accounts) {
            sb.append(String.format("%-22s %-9s %-36s %-24s %s%n", a.username(), a.memberCode(),
                    String.join(",", a.roles().stream().map(Enum::name).sorted().toList()), a.password(),
                    a.totpSecret()));
        }
        return sb.toString();
    }
}
