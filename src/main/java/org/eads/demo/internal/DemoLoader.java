package org.eads.demo.internal;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.eads.demo.DemoAccount;
import org.eads.demo.DemoDataset;
import org.eads.demo.DemoLink;
import org.eads.demo.DemoRecord;
import org.eads.demo.DviDemo;
import org.eads.demo.RecordGenerator;
import org.eads.demo.ScamDemo;
import org.eads.demo.StatsDemo;
import org.eads.identity.EadsUser;
import org.eads.identity.NewUser;
import org.eads.identity.Users;
import org.eads.member.Agency;
import org.eads.member.Members;
import org.eads.records.LinkKind;
import org.eads.records.RecordInput;
import org.eads.records.Records;
import org.eads.records.SharedRecord;
import org.eads.demo.FundsDemo;
import org.eads.funds.AllocationRule;
import org.eads.funds.FreezeRequest;
import org.eads.funds.FreezeRequests;
import org.eads.funds.FundsCase;
import org.eads.funds.FundsCases;
import org.eads.funds.Trace;
import org.eads.funds.TraceDirection;
import org.eads.funds.TraceQuestion;
import org.eads.funds.Traces;
import org.eads.funds.TransferImport;
import org.eads.imports.ImportMode;
import org.eads.imports.Imports;
import org.eads.scam.IndicatorKind;
import org.eads.scam.Partner;
import org.eads.scam.ScamChecks;
import org.eads.scam.ScamPartners;
import org.eads.scam.ScamReports;
import org.eads.scam.ScamSignals;
import org.eads.scam.Signal;
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
    private final ScamPartners partners;
    private final ScamSignals signals;
    private final ScamChecks checks;
    private final FundsCases fundsCases;
    private final Imports imports;
    private final Traces traces;
    private final FreezeRequests freezes;
    private final DviDemoLoader dvi;
    private final StatsDemoLoader stats;

    DemoLoader(Users users, Members members, Records records, TransactionTemplate transaction,
               ScamReports scamReports, ScamPartners partners, ScamSignals signals, ScamChecks checks,
               FundsCases fundsCases, Imports imports, Traces traces, FreezeRequests freezes, DviDemoLoader dvi,
               StatsDemoLoader stats) {
        this.dvi = dvi;
        this.stats = stats;
        this.fundsCases = fundsCases;
        this.imports = imports;
        this.traces = traces;
        this.freezes = freezes;
        this.users = users;
        this.members = members;
        this.records = records;
        this.transaction = transaction;
        this.scamReports = scamReports;
        this.partners = partners;
        this.signals = signals;
        this.checks = checks;
    }

    @Override
    public void run(ApplicationArguments args) {
        DemoDataset dataset = DemoDataset.create();
        // a data folder of an earlier demo has everything but the statistics: they are loaded on their own
        boolean statistics = users.find(StatsDemo.SECRETARIAT_ACCOUNT).isEmpty();
        if (users.find(dataset.accounts().get(0).username()).isEmpty()) {
            log.info("Loading the demo dataset: {} records, {} links, {} accounts", dataset.records().size(),
                    dataset.links().size(), dataset.accounts().size());
            transaction.executeWithoutResult(tx -> load(dataset));
            fundsCase();
            transaction.executeWithoutResult(tx -> dviOperation());
        }
        if (statistics) {
            transaction.executeWithoutResult(tx -> createAccounts(dataset));
            statistics(dataset);
        }
        System.out.println(accountsTable(dataset.accounts()));
    }

    private Map<String, Long> agencyIds() {
        Map<String, Long> agencyIds = new HashMap<>();
        for (Agency a : members.agencies()) {
            agencyIds.put(a.name(), a.id());
        }
        return agencyIds;
    }

    /** Creates the dataset's accounts that do not exist yet; the officers of each member, by member. */
    private Map<String, EadsUser> createAccounts(DemoDataset dataset) {
        Map<String, Long> agencyIds = agencyIds();
        Map<String, EadsUser> officers = new HashMap<>();
        for (DemoAccount a : dataset.accounts()) {
            EadsUser user = users.find(a.username()).orElse(null);
            if (user == null) {
                user = users.create(new NewUser(a.username(), a.displayName(), a.email(), a.memberCode(),
                        agencyIds.get(a.agencyName()), a.roles(), a.password()));
                users.enrolTotp(a.username(), a.totpSecret());
            }
            if (a.username().endsWith(".officer")) {
                officers.putIfAbsent(a.memberCode(), user);
            }
        }
        return officers;
    }

    private void load(DemoDataset dataset) {
        Map<String, EadsUser> officers = createAccounts(dataset);
        Map<String, Long> agencyIds = agencyIds();
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
        List<ScamDemo.Report> reports = ScamDemo.create(DemoDataset.DEFAULT_SEED, LocalDate.now(), SCAM_REPORTS);
        for (ScamDemo.Report r : reports) {
            scamReports.create(officers.get(r.memberCode()), r.input());
        }
        partnership(reports);
    }

    /**
     * The Malaysian centre's tracing case: its transactions imported as the bank's unit supplied them, a trace of the
     * first victim's payment, and a freeze request to Thailand that the Thai supervisor has forwarded and partly
     * frozen.
     */
    private void fundsCase() {
        EadsUser officer = users.find("my.officer").orElseThrow();
        FundsCase c = fundsCases.open(officer, new FundsCase.Input(FundsDemo.REFERENCE,
                "Job-scam ring: victims' payments to Malaysian mule accounts", null, "MEMBERS", Set.of()));
        imports.run(officer, TransferImport.KIND, TransferImport.into(c.id(), "Maybank FIU"), "transfers.csv",
                FundsDemo.transfers(DemoDataset.DEFAULT_SEED, LocalDate.now()).getBytes(StandardCharsets.UTF_8),
                ImportMode.ALL_OR_NOTHING);
        long firstVictim = fundsCases.transfers(officer, c.id(), null, 0, 500).stream()
                .filter(t -> t.txnId().equals("DEMO-1")).findFirst().orElseThrow().id();
        Trace trace = traces.trace(officer, new TraceQuestion(c.id(), TraceDirection.FORWARD, AllocationRule.FIFO,
                List.of(firstVictim), List.of(), null, null, null, null, null, null));
        freezes.drafts(officer, trace.id()).stream().filter(d -> "THA".equals(d.receivingMember())).findFirst()
                .ifPresent(d -> {
                    FreezeRequest r = freezes.send(officer, trace.id(), new FreezeRequest.Input(
                            List.of(d.account().id()), "Anti-Money Laundering, Anti-Terrorism Financing and Proceeds "
                            + "of Unlawful Activities Act 2001, s. 44; NSRC case " + FundsDemo.REFERENCE,
                            "IMMEDIATE", "Commercial Crime Investigation Department, +60 3-2266 2222")).getFirst();
                    EadsUser thai = users.find("th.supervisor").orElseThrow();
                    freezes.act(thai, r.id(), "FORWARDED", null, "Sent to the Kasikornbank fraud desk");
                    freezes.act(thai, r.id(), "PARTIAL", r.amountUsd().multiply(new java.math.BigDecimal("0.6"))
                            .setScale(2, java.math.RoundingMode.DOWN), "Part had been withdrawn in cash");
                });
    }

    /**
     * The members' crime statistics since 2019, accepted through the statistics services, and the work in progress
     * (see docs/DEMO_DATA.md).
     */
    private void statistics(DemoDataset dataset) {
        Map<String, EadsUser> focalPoints = new java.util.TreeMap<>();
        Map<String, EadsUser> supervisors = new HashMap<>();
        for (DemoAccount a : dataset.accounts()) {
            if (!RecordGenerator.MEMBERS.contains(a.memberCode())) {
                continue;
            }
            if (a.roles().contains(org.eads.identity.Role.STATISTICS_FOCAL_POINT)) {
                focalPoints.put(a.memberCode(), users.find(a.username()).orElseThrow());
            } else if (a.roles().contains(org.eads.identity.Role.SUPERVISOR)) {
                supervisors.putIfAbsent(a.memberCode(), users.find(a.username()).orElseThrow());
            }
        }
        long started = System.nanoTime();
        int accepted = stats.load(DemoDataset.DEFAULT_SEED, LocalDate.now(), focalPoints, supervisors,
                users.find(StatsDemo.SECRETARIAT_ACCOUNT).orElseThrow());
        log.info("Loaded the demo crime statistics: {} submissions accepted in {} s", accepted,
                (System.nanoTime() - started) / 1_000_000_000);
    }

    /** The DVI operation of a coastal flood in Thailand, with Malaysia and Singapore taking part. */
    private void dviOperation() {
        Map<String, EadsUser> officers = new HashMap<>();
        Map.of("THA", "th.officer", "MYS", "my.officer", "SGP", "sg.officer")
                .forEach((member, username) -> officers.put(member, users.find(username).orElseThrow()));
        dvi.load(DviDemo.create(DemoDataset.DEFAULT_SEED, LocalDate.now()), officers,
                List.of(users.find("th.supervisor").orElseThrow(), users.find("my.supervisor").orElseThrow()));
    }

    /**
     * A Malaysian bank in the partnership: its gateway has checked accounts today, and has reported two mule
     * accounts that wait for the Malaysian centre's review.
     */
    private void partnership(List<ScamDemo.Report> reports) {
        EadsUser admin = users.find("my.admin").orElseThrow();
        EadsUser gateway = users.find("my.bank").orElseThrow();
        Partner bank = partners.register(admin, "MYS", new Partner.Input("Demo Bank Berhad", Partner.Sector.BANK,
                EnumSet.of(IndicatorKind.BANK_ACCOUNT, IndicatorKind.E_WALLET, IndicatorKind.PHONE,
                        IndicatorKind.CRYPTO_WALLET), EnumSet.of(IndicatorKind.BANK_ACCOUNT, IndicatorKind.E_WALLET),
                ScamPartners.DEFAULT_PER_MINUTE, ScamPartners.DEFAULT_PER_DAY));
        partners.attach(admin, bank.id(), gateway.username());
        List<ScamChecks.Item> asked = new ArrayList<>();
        for (ScamDemo.Report r : reports.subList(0, 40)) {
            if (r.input().payments() != null) {
                r.input().payments().forEach(p -> asked.add(new ScamChecks.Item(p.kind(), p.to(), null)));
            }
        }
        for (int n = 0; n < 20; n++) {
            asked.add(new ScamChecks.Item(IndicatorKind.BANK_ACCOUNT, "5621" + (40_100_000 + n * 7_919), null));
        }
        checks.check(gateway, asked);
        signals.submit(gateway, new Signal.Input(IndicatorKind.BANK_ACCOUNT, "5621 4077 3120", null,
                Signal.Category.MULE_ACCOUNT, "DBB-FRD-2026-0412", "Opened three weeks ago; 37 incoming transfers "
                + "from different customers in two days, each moved on within minutes"));
        reports.stream().filter(r -> r.input().payments() != null).flatMap(r -> r.input().payments().stream())
                .filter(p -> p.kind() == IndicatorKind.BANK_ACCOUNT).findFirst()
                .ifPresent(p -> signals.submit(gateway, new Signal.Input(p.kind(), p.to(), null,
                        Signal.Category.MULE_ACCOUNT, "DBB-FRD-2026-0419", "Account holder admits renting out the "
                        + "account for a fee")));
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
