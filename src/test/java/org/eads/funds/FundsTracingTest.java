package org.eads.funds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

import org.eads.TestUsers;
import org.eads.identity.EadsUser;
import org.eads.identity.Role;
import org.eads.identity.Users;
import org.eads.imports.ImportJob;
import org.eads.imports.ImportMode;
import org.eads.imports.ImportStatus;
import org.eads.imports.Imports;
import org.eads.imports.RowError;
import org.eads.records.InvalidRecordException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** Import into a case and tracing through the database, with the sharing rules on both. */
@SpringBootTest
class FundsTracingTest {

    @Autowired Imports imports;
    @Autowired FundsCases cases;
    @Autowired Traces traces;
    @Autowired Users users;

    /**
     * A victim in Malaysia pays a mule, who keeps some and splits the rest to a mule in Thailand and an ATM; the Thai
     * mule sends on to a crypto exchange. The mule had 1,000 MYR of its own before.
     */
    private static String transfers(String p) {
        // Account numbers of their own, so that no other test's transfers touch them.
        String n = String.format("%05d", Math.abs(p.hashCode() + System.nanoTime()) % 100_000);
        return """
                txn_id,timestamp,from_account,from_bank,from_country,to_account,to_bank,to_country,amount,currency,channel,reference
                %1$s-0,2026-03-01T08:00:00+08:00,1111 2222 %2$s,Funding Bank,MY,5140-%2$s-5678,Maybank,MYS,1000.00,MYR,TRANSFER,own money
                %1$s-1,2026-03-02T10:15:00+08:00,7000 1234 %2$s,CIMB,MY,5140-%2$s-5678,Maybank,MYS,10000.00,MYR,DUITNOW,victim payment
                %1$s-2,2026-03-02T10:21:00+08:00,5140%2$s5678,MAYBANK,MY,123-4-%2$s-0,Kasikornbank,TH,5000.00,MYR,SWIFT,
                %1$s-3,2026-03-02T10:25:00+08:00,5140%2$s5678,MAYBANK,MY,ATM-KL-%2$s,Maybank,MY,2000.00,MYR,ATM,cash
                %1$s-4,2026-03-02T11:00:00+07:00,1234%2$s0,KASIKORNBANK,TH,bc1qxy2kgdygjrsqtzq2n0yrf2493p83kkfjhx0wlh,Binance,SGP,30000.00,THB,CRYPTO,
                """.formatted(p, n);
    }

    private ImportJob importCsv(EadsUser user, long caseId, String source, String csv, ImportMode mode) {
        return imports.run(user, TransferImport.KIND, TransferImport.into(caseId, source), "transfers.csv",
                csv.getBytes(StandardCharsets.UTF_8), mode);
    }

    private FundsCase open(EadsUser user, String level) {
        return cases.open(user, new FundsCase.Input("C-" + System.nanoTime(), "Job scam proceeds", null, level, Set.of()));
    }

    @Test
    void aBadRowStopsTheWholeFileAndIsNamedByItsLine() {
        EadsUser officer = TestUsers.create(users, "MYS", Role.OFFICER);
        FundsCase c = open(officer, "MEMBERS");
        String bad = transfers("B") + """
                B-5,2026-03-02 11:00,1111 2222 3333,Funding Bank,MY,1111 2222 3333,Funding Bank,MY,-5,MYR,,
                B-6,yesterday,1,x,XX,5140-1234-5678,Maybank,MYS,12.345678,ZZZ,,
                """;
        ImportJob job = importCsv(officer, c.id(), "Maybank", bad, ImportMode.ALL_OR_NOTHING);
        assertThat(job.status()).isEqualTo(ImportStatus.NEEDS_DECISION);
        assertThat(job.importedRows()).isZero();
        assertThat(job.errors()).extracting(RowError::line, RowError::field).contains(
                org.assertj.core.groups.Tuple.tuple(7, "amount"), org.assertj.core.groups.Tuple.tuple(7, "to_account"),
                org.assertj.core.groups.Tuple.tuple(7, "timestamp"),
                org.assertj.core.groups.Tuple.tuple(8, "timestamp"), org.assertj.core.groups.Tuple.tuple(8, "from_country"),
                org.assertj.core.groups.Tuple.tuple(8, "from_account"), org.assertj.core.groups.Tuple.tuple(8, "amount"));
        assertThat(cases.transfers(officer, c.id(), null, 0, 100)).isEmpty();

        ImportJob valid = importCsv(officer, c.id(), "Maybank", bad, ImportMode.VALID_ONLY);
        assertThat(valid.status()).isEqualTo(ImportStatus.DONE);
        assertThat(valid.importedRows()).isEqualTo(5);
    }

    @Test
    void aTransactionSuppliedTwiceBySameSourceIsSkippedAndCounted() {
        EadsUser officer = TestUsers.create(users, "MYS", Role.OFFICER);
        FundsCase c = open(officer, "MEMBERS");
        assertThat(importCsv(officer, c.id(), "Maybank", transfers("D"), ImportMode.ALL_OR_NOTHING).importedRows())
                .isEqualTo(5);
        ImportJob again = importCsv(officer, c.id(), "Maybank", transfers("D"), ImportMode.ALL_OR_NOTHING);
        assertThat(again.status()).isEqualTo(ImportStatus.DONE);
        assertThat(again.importedRows()).isZero();
        assertThat(again.message()).contains("5 transactions were already in the case");
        assertThat(importCsv(officer, c.id(), "Kasikornbank", transfers("D"), ImportMode.ALL_OR_NOTHING).importedRows())
                .as("another source's transaction ids are its own").isEqualTo(5);
        assertThat(cases.visible(officer, c.id()).transfers()).isEqualTo(10);
    }

    @Test
    void jsonTransactionsImportLikeCsv() {
        EadsUser officer = TestUsers.create(users, "MYS", Role.OFFICER);
        FundsCase c = open(officer, "MEMBERS");
        String json = """
                [{"txn_id": "J-1", "timestamp": "2026-03-02T10:15:00+08:00", "from_account": "7000 1234 5555",
                  "from_bank": "CIMB", "from_country": "MYS", "to_account": "5140-1234-5678", "to_bank": "Maybank",
                  "to_country": "MYS", "amount": 250.5, "currency": "MYR"},
                 {"txn_id": "J-2", "timestamp": "2026-03-02T10:15:00+08:00", "amount": "x"}]
                """;
        ImportJob job = imports.run(officer, TransferImport.KIND, TransferImport.into(c.id(), "CIMB"), "t.json",
                json.getBytes(StandardCharsets.UTF_8), ImportMode.VALID_ONLY);
        assertThat(job.importedRows()).isEqualTo(1);
        assertThat(job.errors()).extracting(RowError::line).containsOnly(4);
        Transfer t = cases.transfers(officer, c.id(), null, 0, 10).getFirst();
        assertThat(t.amount()).isEqualByComparingTo("250.5");
        assertThat(t.to().number()).isEqualTo("514012345678");
        assertThat(t.from().country()).isEqualTo("MYS");
        assertThat(t.channel()).isEqualTo("TRANSFER");
    }

    @Test
    void amountsAndTimesArriveExactly() {
        EadsUser officer = TestUsers.create(users, "MYS", Role.OFFICER);
        FundsCase c = open(officer, "MEMBERS");
        List<String> amounts = List.of("0.0001", "1", "10000", "12.345", "99999999.9999", "1234567890123456.5",
                "100.10", "20000000.0001", "0.5");
        StringBuilder csv = new StringBuilder("txn_id,timestamp,from_account,from_bank,from_country,to_account,"
                + "to_bank,to_country,amount,currency,channel,reference\n");
        for (int i = 0; i < amounts.size(); i++) {
            csv.append("X-").append(i).append(",2026-03-02T10:15:00.123456+08:00,7000 1234 5555,CIMB,MY,")
                    .append("5140-1234-5678,Maybank,MY,").append(amounts.get(i)).append(",USD,,\"a, \"\"quoted\"\" ü\"\n");
        }
        assertThat(importCsv(officer, c.id(), "CIMB", csv.toString(), ImportMode.ALL_OR_NOTHING).importedRows())
                .isEqualTo(amounts.size());
        for (Transfer t : cases.transfers(officer, c.id(), null, 0, 100)) {
            String amount = amounts.get(Integer.parseInt(t.txnId().substring(2)));
            assertThat(t.amount()).as(amount).isEqualByComparingTo(amount);
            assertThat(t.usd()).isEqualByComparingTo(new BigDecimal(amount).setScale(2, java.math.RoundingMode.HALF_UP));
            assertThat(t.at()).isEqualTo(java.time.Instant.parse("2026-03-02T02:15:00.123456Z"));
            assertThat(t.reference()).isEqualTo("a, \"quoted\" ü");
        }
    }

    @Test
    void onlyTheOwnerMemberImportsIntoItsCase() {
        EadsUser owner = TestUsers.create(users, "MYS", Role.OFFICER);
        EadsUser other = TestUsers.create(users, "THA", Role.OFFICER);
        FundsCase c = open(owner, "MEMBERS");
        assertThatThrownBy(() -> importCsv(other, c.id(), "X", transfers("N"), ImportMode.ALL_OR_NOTHING))
                .isInstanceOf(org.eads.records.NotAllowedException.class);
        assertThatThrownBy(() -> importCsv(owner, c.id(), " ", transfers("N"), ImportMode.ALL_OR_NOTHING))
                .isInstanceOf(InvalidRecordException.class);
    }

    @Test
    void forwardTraceFollowsTheVictimsMoneyAcrossBanksAndBorders() {
        EadsUser officer = TestUsers.create(users, "MYS", Role.OFFICER);
        FundsCase c = open(officer, "MEMBERS");
        importCsv(officer, c.id(), "Maybank", transfers("F"), ImportMode.ALL_OR_NOTHING);
        long victimPayment = transferId(officer, c, "F-1");

        Trace fifo = traces.trace(officer, question(c, TraceDirection.FORWARD, AllocationRule.FIFO, victimPayment));
        TraceAnswer a = fifo.answer();
        // FIFO: the mule's own 1,000 MYR leave first, so 4,000 of the 5,000 to Thailand and all 2,000 at the ATM are
        // the victim's; 4,000 remain with the mule.
        assertThat(traced(a, "F-2")).isEqualByComparingTo(usd("4000", "MYR"));
        assertThat(traced(a, "F-3")).isEqualByComparingTo(usd("2000", "MYR"));
        assertThat(a.started()).isEqualByComparingTo(usd("10000", "MYR"));
        assertThat(a.cashedOut().add(a.remaining())).isEqualByComparingTo(a.started());
        TraceAnswer.TracedAccount atm = a.accounts().stream().filter(x -> x.account().number().startsWith("ATMKL"))
                .findFirst().orElseThrow();
        assertThat(atm.end()).isEqualTo(EndReason.CASH_OUT);
        assertThat(atm.account().kind()).isEqualTo(AccountKind.CASH);
        TraceAnswer.TracedAccount exchange = account(a, "bc1qxy2kgdygjrsqtzq2n0yrf2493p83kkfjhx0wlh");
        assertThat(exchange.end()).isEqualTo(EndReason.CASH_OUT);
        assertThat(exchange.hop()).isEqualTo(3);
        assertThat(a.whereNow().getFirst().account().number()).startsWith("5140").endsWith("5678");

        Trace again = traces.trace(officer, fifo.question());
        assertThat(again.answer()).isEqualTo(a);
        assertThat(traces.get(officer, fifo.id()).answer()).isEqualTo(a);
    }

    @Test
    void aShareBelowTheMinimumFractionEndsWhereItArrives() {
        EadsUser officer = TestUsers.create(users, "MYS", Role.OFFICER);
        FundsCase c = open(officer, "MEMBERS");
        importCsv(officer, c.id(), "Maybank", transfers("M"), ImportMode.ALL_OR_NOTHING);
        TraceAnswer a = traces.trace(officer, new TraceQuestion(c.id(), TraceDirection.FORWARD, AllocationRule.FIFO,
                List.of(transferId(officer, c, "M-1")), List.of(), null, null, null, null, new BigDecimal("0.5"), null))
                .answer();
        // 4,000 of the victim's 10,000 reached Thailand: under half, so the trace stops there.
        TraceAnswer.TracedAccount thai = a.accounts().stream().filter(x -> x.account().country().equals("THA"))
                .findFirst().orElseThrow();
        assertThat(thai.end()).isEqualTo(EndReason.BELOW_MINIMUM);
        assertThat(traced(a, "M-4")).isZero();
        assertThat(a.remaining().add(a.cashedOut())).isEqualByComparingTo(a.started());
    }

    @Test
    void backwardTraceFindsWhereTheMoneyCameFrom() {
        EadsUser officer = TestUsers.create(users, "MYS", Role.OFFICER);
        FundsCase c = open(officer, "MEMBERS");
        importCsv(officer, c.id(), "Maybank", transfers("K"), ImportMode.ALL_OR_NOTHING);
        long toThailand = transferId(officer, c, "K-2");
        TraceAnswer a = traces.trace(officer, question(c, TraceDirection.BACKWARD, AllocationRule.FIFO, toThailand)).answer();
        // First in, first out: the 5,000 sent to Thailand were the mule's own 1,000 and 4,000 of the victim's.
        assertThat(traced(a, "K-0")).isEqualByComparingTo(usd("1000", "MYR"));
        assertThat(traced(a, "K-1")).isEqualByComparingTo(usd("4000", "MYR"));
        assertThat(a.accounts()).allSatisfy(x -> assertThat(x.received().add(x.started()).add(x.mixed()))
                .isEqualByComparingTo(x.paidOn().add(x.remaining()).add(x.cashedOut())));
    }

    @Test
    void aTraceReadsOnlyTheCasesItsMemberMaySee() {
        EadsUser malaysia = TestUsers.create(users, "MYS", Role.OFFICER);
        EadsUser thailand = TestUsers.create(users, "THA", Role.OFFICER);
        FundsCase shared = open(malaysia, "MEMBERS");
        FundsCase national = open(malaysia, "NATIONAL");
        String all = transfers("S");
        importCsv(malaysia, shared.id(), "Maybank", all.lines().limit(3).reduce("", (x, y) -> x + y + "\n"),
                ImportMode.ALL_OR_NOTHING);
        importCsv(malaysia, national.id(), "Maybank", all, ImportMode.ALL_OR_NOTHING);
        long victimPayment = transferId(malaysia, shared, "S-1");

        assertThatThrownBy(() -> cases.get(thailand, national.id())).isInstanceOf(FundsCaseNotFoundException.class);
        Trace thai = traces.trace(thailand, question(shared, TraceDirection.FORWARD, AllocationRule.LIBR, victimPayment));
        // The payments on from the mule are only in the national case: the Thai trace does not see them.
        assertThat(thai.answer().transfers()).extracting(t -> t.transfer().txnId()).containsExactly("S-1");
        Trace malaysian = traces.trace(malaysia, question(shared, TraceDirection.FORWARD, AllocationRule.LIBR, victimPayment));
        assertThat(malaysian.answer().transfers().size()).isGreaterThan(1);
        assertThatThrownBy(() -> traces.get(thailand, malaysian.id())).isInstanceOf(TraceNotFoundException.class);
    }

    @Test
    void aQuestionWithoutStartOrRuleIsRefusedSayingWhy() {
        EadsUser officer = TestUsers.create(users, "MYS", Role.OFFICER);
        FundsCase c = open(officer, "MEMBERS");
        assertThatThrownBy(() -> traces.trace(officer, new TraceQuestion(c.id(), null, null, List.of(), List.of(),
                null, null, 40, null, null, null))).isInstanceOf(InvalidRecordException.class)
                .hasMessageContaining("rule").hasMessageContaining("maxHops");
    }

    private static TraceQuestion question(FundsCase c, TraceDirection direction, AllocationRule rule, long transfer) {
        return new TraceQuestion(c.id(), direction, rule, List.of(transfer), List.of(), null, null, null, null, null, null);
    }

    private long transferId(EadsUser user, FundsCase c, String txnId) {
        return cases.transfers(user, c.id(), null, 0, 100).stream().filter(t -> t.txnId().equals(txnId))
                .findFirst().orElseThrow().id();
    }

    private static BigDecimal traced(TraceAnswer a, String txnId) {
        return a.transfers().stream().filter(t -> t.transfer().txnId().equals(txnId)).findFirst()
                .map(TraceAnswer.TracedTransfer::traced).orElse(BigDecimal.ZERO);
    }

    private static TraceAnswer.TracedAccount account(TraceAnswer a, String number) {
        return a.accounts().stream().filter(x -> x.account().number().equals(number)).findFirst().orElseThrow();
    }

    /** MYR at the seeded 2026 rate, in US dollars. */
    private static BigDecimal usd(String amount, String currency) {
        return new BigDecimal(amount).multiply(new BigDecimal("0.2370")).setScale(2, java.math.RoundingMode.HALF_UP);
    }
}
