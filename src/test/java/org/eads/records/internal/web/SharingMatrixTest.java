package org.eads.records.internal.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import org.eads.TestUsers;
import org.eads.identity.EadsUser;
import org.eads.identity.Role;
import org.eads.identity.Users;
import org.eads.records.RecordCodec;
import org.eads.records.Records;
import org.eads.records.SharedRecord;
import org.eads.sharing.Access;
import org.eads.sharing.SharingLevel;
import org.eads.sharing.SharingPolicy;
import org.eads.sharing.SqlCondition;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The sharing matrix the architecture asks for: for every sharing level, every kind of viewer and every path that
 * shows records, the record is there exactly when the level allows it. The expectations are written out here from
 * the rules, not computed from {@link SharingPolicy}, and the policy's two forms are checked against them too.
 */
@SpringBootTest
@AutoConfigureMockMvc
class SharingMatrixTest {

    /** Who looks, and the member they belong to. The record's owner is MYS and SELECTED shares it with THA. */
    enum Viewer {
        OWNER_MEMBER_OFFICER("MYS"), SELECTED_MEMBER_OFFICER("THA"), OTHER_AMC_OFFICER("IDN"), SECRETARIAT_USER("ASP"),
        PARTNER_USER("AUS"), OBSERVER_USER("TLS");

        final String member;

        Viewer(String member) {
            this.member = member;
        }
    }

    /** Every way a record leaves the system for a viewer. */
    enum Path {
        RECORD_PAGE, LIST_PAGE, API_READ, API_LIST, API_EXPORT_CSV, API_EXPORT_JSON, PAGE_EXPORT_CSV, PAGE_EXPORT_JSON
    }

    /** Who sees each level in full, by the rules of the architecture. HIT_NO_HIT is never shown on these paths. */
    private static final Map<SharingLevel, Set<Viewer>> SEES = new EnumMap<>(Map.of(
            SharingLevel.NATIONAL, EnumSet.of(Viewer.OWNER_MEMBER_OFFICER),
            SharingLevel.HIT_NO_HIT, EnumSet.of(Viewer.OWNER_MEMBER_OFFICER),
            SharingLevel.SELECTED, EnumSet.of(Viewer.OWNER_MEMBER_OFFICER, Viewer.SELECTED_MEMBER_OFFICER),
            SharingLevel.MEMBERS, EnumSet.of(Viewer.OWNER_MEMBER_OFFICER, Viewer.SELECTED_MEMBER_OFFICER,
                    Viewer.OTHER_AMC_OFFICER, Viewer.SECRETARIAT_USER),
            SharingLevel.MEMBERS_AND_PARTNERS, EnumSet.of(Viewer.OWNER_MEMBER_OFFICER, Viewer.SELECTED_MEMBER_OFFICER,
                    Viewer.OTHER_AMC_OFFICER, Viewer.SECRETARIAT_USER, Viewer.PARTNER_USER)));

    /** Who may learn of a hit on a HIT_NO_HIT record: members, the Secretariat and partners; not observers. */
    private static final Set<Viewer> LEARNS_OF_HITS = EnumSet.of(Viewer.SELECTED_MEMBER_OFFICER,
            Viewer.OTHER_AMC_OFFICER, Viewer.SECRETARIAT_USER, Viewer.PARTNER_USER);

    @Autowired MockMvc mvc;
    @Autowired Users users;
    @Autowired Records records;
    @Autowired RecordCodec codec;
    @Autowired SharingPolicy policy;
    @Autowired JdbcClient jdbc;

    @TestFactory
    Stream<DynamicNode> eachPathShowsARecordExactlyToThoseItsLevelAllows() {
        String token = "Matrix" + UUID.randomUUID().toString().substring(0, 8);
        EadsUser creator = TestUsers.create(users, "MYS", Role.OFFICER);
        Map<SharingLevel, SharedRecord> recordsByLevel = new EnumMap<>(SharingLevel.class);
        for (SharingLevel level : SharingLevel.values()) {
            String sharedWith = level == SharingLevel.SELECTED ? ",\"sharedWith\":[\"THA\"]" : "";
            recordsByLevel.put(level, records.create(creator, codec.read("""
                    {"type":"PERSON","names":[{"full":"%s %s"}],"sharingLevel":"%s","handlingCodes":["H0"]%s}"""
                    .formatted(token, level, level, sharedWith)).input()));
        }
        Map<Viewer, EadsUser> viewers = new EnumMap<>(Viewer.class);
        for (Viewer v : Viewer.values()) {
            viewers.put(v, TestUsers.create(users, v.member, Role.OFFICER));
        }

        List<DynamicNode> levels = new ArrayList<>();
        for (SharingLevel level : SharingLevel.values()) {
            SharedRecord record = recordsByLevel.get(level);
            String name = token + " " + level;
            List<DynamicNode> byViewer = new ArrayList<>();
            for (Viewer v : Viewer.values()) {
                EadsUser viewer = viewers.get(v);
                boolean sees = SEES.get(level).contains(v);
                List<DynamicNode> cases = new ArrayList<>();
                cases.add(dynamicTest("SharingPolicy.access and visibleRecords agree: " + (sees ? "visible" : "not visible"),
                        () -> policyAgrees(viewer, record, sees, level == SharingLevel.HIT_NO_HIT && LEARNS_OF_HITS.contains(v))));
                for (Path path : Path.values()) {
                    cases.add(dynamicTest(path + ": " + (sees ? "visible" : "not visible"),
                            () -> assertThat(shows(path, viewer, record, name)).as(level + " / " + v + " / " + path).isEqualTo(sees)));
                }
                byViewer.add(dynamicContainer(v + " (" + v.member + ")", cases));
            }
            levels.add(dynamicContainer(level.name(), byViewer));
        }
        return levels.stream();
    }

    private void policyAgrees(EadsUser viewer, SharedRecord record, boolean sees, boolean learnsOfHit) {
        Access access = policy.access(viewer, record.sharing());
        assertThat(access).isEqualTo(sees ? Access.FULL : learnsOfHit ? Access.HIT_ONLY : Access.NONE);
        SqlCondition visible = policy.visibleRecords(viewer, "r");
        boolean listed = jdbc.sql("select count(*) from record r where r.id = :recordId and " + visible.sql())
                .params(visible.params()).param("recordId", record.id()).query(Long.class).single() == 1;
        assertThat(listed).as("visibleRecords lets the record through").isEqualTo(access == Access.FULL);
    }

    /** Whether the path shows the record to the viewer; a record it must not show answers 404 on a read. */
    private boolean shows(Path path, EadsUser viewer, SharedRecord record, String name) throws Exception {
        String id = record.id().toString();
        return switch (path) {
            case RECORD_PAGE -> read("/records/" + id, viewer, name);
            case API_READ -> read("/api/v1/records/" + id, viewer, name);
            case LIST_PAGE -> body("/records?q=" + name, viewer).contains(id);
            case API_LIST -> body("/api/v1/records?size=500&q=" + name, viewer).contains(id);
            case API_EXPORT_CSV -> body("/api/v1/records/export?format=csv&q=" + name, viewer).contains(id);
            case API_EXPORT_JSON -> body("/api/v1/records/export?format=json&q=" + name, viewer).contains(id);
            case PAGE_EXPORT_CSV -> body("/records/export?format=csv&q=" + name, viewer).contains(id);
            case PAGE_EXPORT_JSON -> body("/records/export?format=json&q=" + name, viewer).contains(id);
        };
    }

    private boolean read(String url, EadsUser viewer, String name) throws Exception {
        MockHttpServletResponse response = mvc.perform(get(url).with(TestUsers.as(viewer))).andReturn().getResponse();
        assertThat(response.getStatus()).as(url).isIn(200, 404);
        if (response.getStatus() == 404) {
            assertThat(response.getContentAsString()).doesNotContain(name);
        }
        return response.getStatus() == 200 && response.getContentAsString().contains(name);
    }

    private String body(String url, EadsUser viewer) throws Exception {
        MockHttpServletResponse response = mvc.perform(get(url).with(TestUsers.as(viewer))).andReturn().getResponse();
        assertThat(response.getStatus()).as(url).isEqualTo(200);
        return response.getContentAsString();
    }
}
