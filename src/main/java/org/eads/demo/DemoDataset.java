package org.eads.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.eads.demo.internal.Agencies;
import org.eads.demo.internal.Catalogue;
import org.eads.demo.internal.GeneratedPerson;
import org.eads.demo.internal.Rng;
import org.eads.demo.internal.Secrets;
import org.eads.identity.Role;
import org.eads.records.PersonData;
import org.eads.records.RecordInput;
import org.eads.records.RecordType;

/**
 * The demo plan: a few hundred records for every AMC in the default mix, links between them (persons who hold the
 * documents, use the indicators, belong to the organisations, own the vehicles and possess the firearms of their
 * member's records, and associates), and the demo accounts. Deterministic: the same seed and date give the same
 * dataset. The loader persists it through the records and users services.
 */
public record DemoDataset(List<DemoRecord> records, List<DemoLink> links, List<DemoAccount> accounts) {

    public static final long DEFAULT_SEED = 20_261_123L;
    public static final int RECORDS_PER_MEMBER = 300;

    public DemoDataset {
        records = List.copyOf(records);
        links = List.copyOf(links);
        accounts = List.copyOf(accounts);
    }

    /** The standard demo: 300 records for each of the ten AMCs, as of today. */
    public static DemoDataset create() {
        return create(DEFAULT_SEED, RECORDS_PER_MEMBER, LocalDate.now());
    }

    public static DemoDataset create(long seed, int recordsPerMember, LocalDate asOf) {
        Catalogue catalogue = Catalogue.load();
        List<DemoRecord> records = new ArrayList<>(recordsPerMember * RecordGenerator.MEMBERS.size());
        List<DemoLink> links = new ArrayList<>();
        for (String member : RecordGenerator.MEMBERS) {
            var generator = new RecordGenerator(catalogue, member, seed, asOf, RecordMix.DEFAULT);
            new MemberPlan(generator, records, links).fill(recordsPerMember);
        }
        return new DemoDataset(records, links, accounts(catalogue, seed));
    }

    /** The records one member owns, in dataset order. */
    public List<DemoRecord> recordsOf(String memberCode) {
        return records.stream().filter(r -> r.ownerMemberCode().equals(memberCode)).toList();
    }

    /**
     * One member's records: types are drawn from the mix as usual, but many documents, indicators, vehicles and
     * firearms belong to a person generated earlier (an offender, or for documents anyone), and organisations get
     * some of those offenders as members.
     */
    private static final class MemberPlan {
        private final RecordGenerator generator;
        private final Rng rng;
        private final List<DemoRecord> records;
        private final List<DemoLink> links;
        private final List<Integer> personIndexes = new ArrayList<>();
        private final List<GeneratedPerson> people = new ArrayList<>();
        private final List<Integer> offenderIndexes = new ArrayList<>();
        private final List<GeneratedPerson> offenders = new ArrayList<>();

        MemberPlan(RecordGenerator generator, List<DemoRecord> records, List<DemoLink> links) {
            this.generator = generator;
            this.rng = generator.rng();
            this.records = records;
            this.links = links;
        }

        void fill(int count) {
            for (int i = 0; i < count; i++) {
                RecordType type = generator.nextType();
                switch (type) {
                    case PERSON -> person();
                    case TRAVEL_DOCUMENT -> {
                        if (!people.isEmpty() && rng.percent(40)) {
                            int p = rng.below(people.size());
                            link(personIndexes.get(p), add(type, generator.share(generator.documentOf(people.get(p)))),
                                    DemoLink.HOLDS_DOCUMENT);
                        } else {
                            add(type, generator.next(type));
                        }
                    }
                    case INDICATOR -> {
                        if (!offenders.isEmpty() && rng.percent(50)) {
                            int p = rng.below(offenders.size());
                            link(offenderIndexes.get(p),
                                    add(type, generator.share(generator.indicatorOf(offenders.get(p)))),
                                    DemoLink.USES_INDICATOR);
                        } else {
                            add(type, generator.next(type));
                        }
                    }
                    case VEHICLE -> ownedByOffender(type, DemoLink.OWNS_VEHICLE);
                    case FIREARM -> ownedByOffender(type, DemoLink.POSSESSES_FIREARM);
                    case ORGANISATION -> organisation();
                }
            }
        }

        private void person() {
            GeneratedPerson person = generator.nextPerson();
            int index = add(RecordType.PERSON, generator.share(person.data()));
            personIndexes.add(index);
            people.add(person);
            PersonData.Status status = person.data().status();
            if (status == PersonData.Status.SUSPECT || status == PersonData.Status.WANTED
                    || status == PersonData.Status.PERSON_OF_INTEREST) {
                if (!offenderIndexes.isEmpty() && rng.percent(12)) {
                    link(index, rng.pick(offenderIndexes), DemoLink.ASSOCIATE_OF);
                }
                offenderIndexes.add(index);
                offenders.add(person);
            }
        }

        private void ownedByOffender(RecordType type, String kind) {
            int index = add(type, generator.next(type));
            if (!offenderIndexes.isEmpty() && rng.percent(40)) {
                link(rng.pick(offenderIndexes), index, kind);
            }
        }

        private void organisation() {
            int index = add(RecordType.ORGANISATION, generator.next(RecordType.ORGANISATION));
            Set<Integer> members = new HashSet<>();
            int wanted = Math.min(offenderIndexes.size(), rng.between(2, 5));
            while (members.size() < wanted) {
                members.add(rng.pick(offenderIndexes));
            }
            offenderIndexes.stream().filter(members::contains).forEach(m -> link(m, index, DemoLink.MEMBER_OF));
        }

        private int add(RecordType type, RecordInput input) {
            String owner = generator.owner();
            records.add(new DemoRecord(owner, Agencies.forRecord(owner, type), input));
            return records.size() - 1;
        }

        private void link(int from, int to, String kind) {
            links.add(new DemoLink(from, to, kind));
        }
    }

    private static List<DemoAccount> accounts(Catalogue catalogue, long seed) {
        Rng rng = new Rng(seed);
        List<DemoAccount> accounts = new ArrayList<>();
        for (String member : RecordGenerator.MEMBERS) {
            String prefix = catalogue.amc(member).alpha2().toLowerCase(Locale.ROOT);
            // the national desk officer is also the member's crisis contact and focal point for hits
            accounts.add(account(seed, prefix + ".officer", localName(catalogue, member, rng), member,
                    Agencies.of(member).get(0), Role.OFFICER, Role.CRISIS_CONTACT, Role.FOCAL_POINT));
        }
        for (String member : List.of("MYS", "THA", "SGP", "PHL")) {
            String prefix = catalogue.amc(member).alpha2().toLowerCase(Locale.ROOT);
            // the Thai and Malaysian supervisors sit on the identification board of the demo's DVI operation
            Role[] roles = member.equals("MYS") || member.equals("THA")
                    ? new Role[] {Role.OFFICER, Role.SUPERVISOR, Role.IDENTIFICATION_BOARD}
                    : new Role[] {Role.OFFICER, Role.SUPERVISOR};
            accounts.add(account(seed, prefix + ".supervisor", localName(catalogue, member, rng), member,
                    Agencies.of(member).get(0), roles));
        }
        for (String member : List.of("MYS", "THA")) {
            String prefix = catalogue.amc(member).alpha2().toLowerCase(Locale.ROOT);
            accounts.add(account(seed, prefix + ".admin", localName(catalogue, member, rng), member,
                    Agencies.of(member).get(0), Role.MEMBER_ADMIN));
        }
        accounts.add(account(seed, "sg.analyst", localName(catalogue, "SGP", rng), "SGP", Agencies.of("SGP").get(1),
                Role.OFFICER, Role.ANALYST));
        String secretariat = Agencies.of("ASP").get(0);
        accounts.add(account(seed, "secretariat.admin", localName(catalogue, "MYS", rng), "ASP", secretariat,
                Role.SECRETARIAT_ADMIN));
        accounts.add(account(seed, "secretariat.analyst", localName(catalogue, "PHL", rng), "ASP", secretariat,
                Role.ANALYST));
        accounts.add(account(seed, "auditor", localName(catalogue, "IDN", rng), "ASP", secretariat, Role.AUDITOR));
        accounts.add(account(seed, "au.officer", "Daniel Walsh", "AUS", Agencies.of("AUS").get(0), Role.OFFICER));
        accounts.add(account(seed, "interpol.officer", "Claire Fontaine", "INTERPOL", Agencies.of("INTERPOL").get(0),
                Role.OFFICER));
        accounts.add(account(seed, "api.client", "Anti-Scam Command screening service", "SGP",
                Agencies.of("SGP").get(1), Role.API_CLIENT));
        accounts.add(account(seed, "my.bank", "Demo Bank Berhad fraud screening gateway", "MYS",
                Agencies.of("MYS").get(0), Role.API_CLIENT));
        accounts.add(account(seed, "secretariat.duty", "Nurul Aina Hassan", "ASP", secretariat, Role.OFFICER,
                Role.DUTY_OFFICER));
        statisticsAccounts(catalogue, seed, accounts);
        return accounts;
    }

    /**
     * The crime statistics people: each member's statistics focal point, a supervisor for the members that have none
     * above (the national supervisor submits), and the Secretariat's statistics focal point. Named from a stream of
     * their own, so that the accounts above keep their names.
     */
    private static void statisticsAccounts(Catalogue catalogue, long seed, List<DemoAccount> accounts) {
        Rng rng = new Rng(seed + 8);
        for (String member : RecordGenerator.MEMBERS) {
            String prefix = catalogue.amc(member).alpha2().toLowerCase(Locale.ROOT);
            accounts.add(account(seed, prefix + ".stats", localName(catalogue, member, rng), member,
                    Agencies.of(member).get(0), Role.STATISTICS_FOCAL_POINT));
        }
        for (String member : RecordGenerator.MEMBERS) {
            if (List.of("MYS", "THA", "SGP", "PHL").contains(member)) {
                continue;
            }
            String prefix = catalogue.amc(member).alpha2().toLowerCase(Locale.ROOT);
            accounts.add(account(seed, prefix + ".supervisor", localName(catalogue, member, rng), member,
                    Agencies.of(member).get(0), Role.OFFICER, Role.SUPERVISOR));
        }
        accounts.add(account(seed, StatsDemo.SECRETARIAT_ACCOUNT, localName(catalogue, "VNM", rng), "ASP",
                Agencies.of("ASP").get(0), Role.STATISTICS_FOCAL_POINT));
    }

    private static String localName(Catalogue catalogue, String member, Rng rng) {
        return catalogue.amc(member).cultures().pick(rng).name(rng, rng.percent(55)).latin();
    }

    private static DemoAccount account(long seed, String username, String displayName, String member, String agency,
                                       Role... roles) {
        Set<Role> set = EnumSet.noneOf(Role.class);
        set.addAll(List.of(roles));
        return new DemoAccount(username, displayName, member, agency, set, Secrets.password(seed, username),
                Secrets.totpSecret(seed, username));
    }
}
