package org.eads.funds.internal.tracing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;

import org.eads.funds.AccountKind;
import org.eads.funds.AllocationRule;
import org.eads.funds.EndReason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class TracerTest {

    private static final long VICTIM = 1, MULE = 2, B = 3, C = 4, D = 5, FUNDER = 6;

    /**
     * The mule held 100 of its own, got 50 from the victim, then paid 120 to B and 30 to C; it had paid D 10 before
     * the victim's money came.
     */
    private static final List<Movement> SMALL = List.of(
            move(1, 10, FUNDER, MULE, 100),
            move(2, 15, MULE, D, 10),
            move(3, 20, VICTIM, MULE, 50),
            move(4, 30, MULE, B, 120),
            move(5, 40, MULE, C, 20));

    private static Movement move(long id, long at, long from, long to, long cents) {
        return new Movement(id, at, id, from, to, cents);
    }

    private static Plan plan(AllocationRule rule) {
        return new Plan(rule, 0, 1_000, 1_000, 6, 0, 100, 10_000);
    }

    private static Map<Long, Long> carried(Flow flow) {
        return flow.transfers().stream().collect(Collectors.toMap(c -> c.movement().id(), Flow.Carried::traced));
    }

    private static Flow traceSmall(AllocationRule rule) {
        return Tracer.trace(new MemoryLedger(SMALL), plan(rule), List.of(SMALL.get(2)));
    }

    @Test
    void firstInFirstOutSpendsTheOldestMoneyFirst() {
        // Lots: 90 own (100 less the 10 paid to D), then 50 traced. 120 takes 90 own and 30 traced; 20 takes 20 traced.
        assertThat(carried(traceSmall(AllocationRule.FIFO))).containsEntry(4L, 30L).containsEntry(5L, 20L);
    }

    @Test
    void lastInFirstOutSpendsTheNewestMoneyFirst() {
        assertThat(carried(traceSmall(AllocationRule.LIFO))).containsEntry(4L, 50L).doesNotContainKey(5L);
    }

    @Test
    void lowestIntermediateBalanceSpendsTracedMoneyLast() {
        // Balance 140 (90 own + 50 traced); after 120 it is 20: only 20 of the traced money can still be there.
        Flow flow = traceSmall(AllocationRule.LIBR);
        assertThat(carried(flow)).containsEntry(4L, 30L).containsEntry(5L, 20L);
    }

    @Test
    void proRataCarriesTracedMoneyInProportion() {
        // 120 of 140, of which 50 traced: 42 (42.86 rounded down); then 20 of the remaining 20, all 8 traced.
        assertThat(carried(traceSmall(AllocationRule.PRO_RATA))).containsEntry(4L, 42L).containsEntry(5L, 8L);
    }

    @Test
    void poisonTaintsEverythingPaidAfterTheMoneyArrived() {
        Flow flow = traceSmall(AllocationRule.POISON);
        assertThat(carried(flow)).containsEntry(4L, 120L).containsEntry(5L, 20L);
        Flow.Reached mule = flow.accounts().stream().filter(r -> r.account() == MULE).findFirst().orElseThrow();
        assertThat(mule.mixed()).isEqualTo(90);
    }

    @ParameterizedTest
    @EnumSource(AllocationRule.class)
    void aPaymentBeforeTheMoneyArrivedCarriesNone(AllocationRule rule) {
        assertThat(carried(traceSmall(rule))).doesNotContainKey(2L);
    }

    @ParameterizedTest
    @EnumSource(AllocationRule.class)
    void tracedMoneyIsConservedAndAReplayIsIdentical(AllocationRule rule) {
        Random random = new Random(7);
        for (int graph = 0; graph < 40; graph++) {
            List<Movement> movements = randomGraph(random, 60, 600);
            MemoryLedger ledger = new MemoryLedger(movements);
            ledger.kind(59, AccountKind.CASH);
            List<Movement> starts = movements.stream().filter(m -> m.from() < 3).limit(3).toList();
            Plan plan = new Plan(rule, 0, Long.MAX_VALUE / 2, 10_000, 1 + random.nextInt(6), random.nextInt(3) * 500, 8, 10_000);
            Flow flow = Tracer.trace(ledger, plan, starts);
            assertBalanced(flow, starts);
            assertThat(Tracer.trace(ledger, plan, starts)).isEqualTo(flow);

            List<Movement> ends = movements.stream().filter(m -> m.to() > 50).skip(20).limit(2).toList();
            Flow back = BackwardTracer.trace(ledger, plan, ends);
            assertBalanced(back, ends);
            assertThat(BackwardTracer.trace(ledger, plan, ends)).isEqualTo(back);
        }
    }

    private static void assertBalanced(Flow flow, List<Movement> starts) {
        assertThat(flow.accounts()).allSatisfy(r -> assertThat(r.balanced()).as("account %s", r).isTrue());
        // A start transfer paid by an account already carrying traced money starts only the rest anew.
        assertThat(flow.started()).isBetween(1L, starts.stream().mapToLong(Movement::cents).sum());
        assertThat(flow.started() + flow.mixed()).isEqualTo(flow.remaining() + flow.cashedOut());
        assertThat(flow.transfers()).allSatisfy(c -> assertThat(c.traced()).isBetween(1L, c.movement().cents()));
    }

    private static Flow traceBack(AllocationRule rule) {
        return BackwardTracer.trace(new MemoryLedger(SMALL), plan(rule), List.of(SMALL.get(3)));
    }

    @Test
    void backwardFirstInFirstOutNamesTheOldestArrivalsFirst() {
        // The 120 to B took the 90 left of the mule's own 100, then 30 of the victim's 50.
        assertThat(carried(traceBack(AllocationRule.FIFO))).containsEntry(1L, 90L).containsEntry(3L, 30L);
    }

    @ParameterizedTest
    @EnumSource(value = AllocationRule.class, names = {"LIFO", "LIBR"})
    void backwardLastInFirstOutAndLowestBalanceNameTheNewestArrivalsFirst(AllocationRule rule) {
        assertThat(carried(traceBack(rule))).containsEntry(3L, 50L).containsEntry(1L, 70L);
    }

    @Test
    void backwardProRataNamesEveryArrivalInProportion() {
        Flow flow = traceBack(AllocationRule.PRO_RATA);
        assertThat(carried(flow)).containsEntry(1L, 77L).containsEntry(3L, 42L);
        Flow.Reached mule = flow.accounts().stream().filter(r -> r.account() == MULE).findFirst().orElseThrow();
        assertThat(mule.remaining()).as("a cent of rounding stays unexplained").isEqualTo(1);
    }

    @Test
    void backwardPoisonNamesEveryEarlierArrivalInFull() {
        Flow flow = traceBack(AllocationRule.POISON);
        assertThat(carried(flow)).containsEntry(1L, 100L).containsEntry(3L, 50L);
        Flow.Reached mule = flow.accounts().stream().filter(r -> r.account() == MULE).findFirst().orElseThrow();
        assertThat(mule.mixed()).isEqualTo(30);
    }

    @Test
    void aBusyAccountIsAnEndPoint() {
        List<Movement> movements = new ArrayList<>(List.of(move(1, 10, VICTIM, MULE, 5_000), move(2, 20, MULE, B, 5_000)));
        for (int i = 0; i < 150; i++) {
            movements.add(move(100 + i, 30 + i, B, 1_000 + i, 10));
        }
        Flow flow = Tracer.trace(new MemoryLedger(movements), plan(AllocationRule.FIFO), List.of(movements.getFirst()));
        Flow.Reached busy = flow.accounts().stream().filter(r -> r.account() == B).findFirst().orElseThrow();
        assertThat(busy.end()).isEqualTo(EndReason.BUSY);
        assertThat(busy.remaining()).isEqualTo(5_000);
        assertThat(flow.accounts()).noneMatch(r -> r.account() >= 1_000);
    }

    @Test
    void moneyReachingACashOutPointIsCashedOut() {
        List<Movement> movements = List.of(move(1, 10, VICTIM, MULE, 5_000), move(2, 20, MULE, B, 3_000));
        Flow flow = Tracer.trace(new MemoryLedger(movements).kind(B, AccountKind.CASH), plan(AllocationRule.FIFO),
                List.of(movements.getFirst()));
        assertThat(flow.cashedOut()).isEqualTo(3_000);
        assertThat(flow.remaining()).isEqualTo(2_000);
    }

    /** Accounts 0..n-1, transfers at increasing times with random amounts, some of them at the same instant. */
    private static List<Movement> randomGraph(Random random, int accounts, int transfers) {
        List<Movement> list = new ArrayList<>();
        for (int i = 1; i <= transfers; i++) {
            long from = random.nextInt(accounts);
            long to = random.nextInt(accounts);
            list.add(move(i, i / 2, from, to, 1 + random.nextInt(100_000)));
        }
        return list;
    }
}
