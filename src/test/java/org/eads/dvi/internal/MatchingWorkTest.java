package org.eads.dvi.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

import org.eads.TestUsers;
import org.eads.dvi.DviFile;
import org.eads.dvi.DviFiles;
import org.eads.dvi.DviMatching;
import org.eads.dvi.DviOperations;
import org.eads.dvi.MatchingRun;
import org.eads.dvi.Operation;
import org.eads.dvi.StoredCandidate;
import org.eads.identity.EadsUser;
import org.eads.identity.Role;
import org.eads.identity.Users;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/** What a node that stopped left behind: a change not compared yet, a full run half done. Another node finishes it. */
@SpringBootTest
class MatchingWorkTest {

    @Autowired Users users;
    @Autowired DviOperations operations;
    @Autowired DviFiles files;
    @Autowired DviMatching matching;
    @Autowired MatchingWork work;
    @Autowired CandidateStore store;
    @Autowired JdbcClient jdbc;

    @Test
    void aQueuedChangeAndAnAbandonedRunAreTakenOver() throws InterruptedException {
        EadsUser officer = TestUsers.create(users, "THA", Role.OFFICER);
        Operation o = operations.open(officer, new Operation.Input("Storm " + System.nanoTime(), "Trang",
                LocalDate.of(2026, 11, 3), null, null, null, null, 5, Set.of()));
        Map<String, Map<String, Object>> crown = Map.of("21", Map.of("status", "CROWN"), "22", Map.of("status", "CROWN"));
        DviFile body = files.create(officer, o.id(), DviFile.Kind.PM, input("PM-1", null));
        DviFile person = files.create(officer, o.id(), DviFile.Kind.AM, input("AM-1", "Somchai"));
        files.chart(officer, DviFile.Kind.AM, person.id(), null, crown);

        // The chart of the body committed, and the node stopped before comparing it.
        jdbc.sql("insert into dvi_dental_chart (pm_file_id, teeth, created_by) values (:f, '{\"21\": {\"status\": "
                        + "\"CROWN\", \"surfaces\": []}, \"22\": {\"status\": \"CROWN\", \"surfaces\": []}}'::jsonb, :u)")
                .param("f", body.id()).param("u", officer.id()).update();
        store.queue(DviFile.Kind.PM, body.id(), o.id());
        jdbc.sql("update dvi_match_pending set queued_at = now() - interval '1 minute' where file_id = :f")
                .param("f", body.id()).update();
        assertThat(matching.candidates(officer, body.id())).allMatch(c -> c.methods().isEmpty());
        work.sweep();
        assertThat(matching.candidates(officer, body.id())).first().extracting(StoredCandidate::methods)
                .isEqualTo(java.util.List.of("dental"));

        // A run whose node stopped after starting it.
        java.util.UUID run = store.startRun(o.id(), 1, officer.id());
        jdbc.sql("update dvi_matching_run set heartbeat_at = now() - interval '5 minutes' where id = :r")
                .param("r", run).update();
        work.sweep();
        MatchingRun r = store.run(run).orElseThrow();
        for (int i = 0; i < 100 && !r.finished(); i++) {
            Thread.sleep(100);
            r = store.run(run).orElseThrow();
        }
        assertThat(r.status()).isEqualTo(MatchingRun.Status.DONE);
        assertThat(r.done()).isEqualTo(1);
    }

    private static DviFile.Input input(String number, String name) {
        return new DviFile.Input(number, null, null, null, null, null, null, null, null, null, null, null, name,
                name == null ? null : "THA", null, null);
    }
}
