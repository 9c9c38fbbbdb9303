package org.eads.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.eads.TestUsers;
import org.eads.identity.Role;
import org.eads.identity.Users;
import org.eads.imports.ImportHandler;
import org.eads.imports.ImportJob;
import org.eads.imports.ImportMode;
import org.eads.imports.ImportStatus;
import org.eads.imports.Imports;
import org.eads.imports.RowError;
import org.eads.records.NotAllowedException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** Uploads of values as CSV and Excel through an import job: line-numbered errors, then the rules' issues. */
@SpringBootTest
class StatsUploadTest {

    @Autowired Imports imports;
    @Autowired StatsSubmissions submissions;
    @Autowired Users users;
    @Autowired StatsUpload upload;

    private static final String HEADER = "member,period,crime_area,indicator,disaggregation,value,note\n";

    private ImportJob upload(org.eads.identity.EadsUser user, String name, byte[] content, ImportMode mode) {
        return imports.run(user, StatsUpload.KIND, Map.of(), name, content, mode);
    }

    private static List<String> lines(ImportJob job) {
        return job.errors().stream().map(e -> e.line() + " " + e.field()).toList();
    }

    @Test
    void everyWrongRowIsReportedWithItsLineAndNothingIsWrittenFromAFileWithErrors() {
        StatsFixtures.Slot slot = StatsFixtures.slot();
        StatsFixtures.People people = StatsFixtures.people(users, slot.member());
        String other = StatsFixtures.MEMBERS.stream().filter(m -> !m.equals(slot.member())).findFirst().orElseThrow();
        Submission waiting = submissions.open(people.focalPoint(), slot.month(9));
        submissions.putValues(people.focalPoint(), waiting.id(), List.of(StatsFixtures.value("FRAUD", "CASES", "", "1")));
        submissions.submit(people.supervisor(), waiting.id());
        String m = slot.member();
        String csv = HEADER
                + m + "," + slot.month(4) + ",FRAUD,CASES,,12,\n"
                + other + "," + slot.month(4) + ",FRAUD,CASES,,12,\n"
                + m + "," + slot.year() + "-13,FRAUD,CASES,,12,\n"
                + m + "," + slot.month(4) + ",ROBBERY,CASES,,12,\n"
                + m + "," + slot.month(4) + ",FRAUD,VICTIMS,,1O,\n"
                + m + ",2999-01,FRAUD,CASES,,12,\n"
                + m + "," + slot.month(4) + ",fraud,cases,total,13,\n"
                + m + "," + slot.month(4) + ",FRAUD,AMOUNT_LOST,,-3,\n"
                + "\n"
                + m + "," + slot.month(9) + ",FRAUD,CASES,,2,\n"
                + m + "," + slot.month(4) + ",FRAUD,VICTIMS,AGE_GROUP=TEEN,1,\n"
                + m + "," + slot.month(4) + ",FRAUD,VICTIMS,,1,\"a note\nover two lines\"\n"
                + m + "," + slot.month(4) + ",FRAUD,PROSECUTED,,1,\n";
        ImportJob job = upload(people.focalPoint(), "values.csv", csv.getBytes(StandardCharsets.UTF_8),
                ImportMode.ALL_OR_NOTHING);

        assertThat(job.status()).isEqualTo(ImportStatus.NEEDS_DECISION);
        assertThat(lines(job)).containsExactly("3 member", "4 period", "5 crime_area", "6 value", "7 period",
                "8 indicator", "11 period", "12 disaggregation", "15 indicator", "9 value");
        assertThat(job.errors()).extracting(RowError::message).contains(
                "'" + other + "' is not your member: you report for " + m,
                "the same value of " + slot.month(4) + " is on line 2",
                "period " + slot.month(9) + " is not open: its submission is waiting for the Secretariat's validation");
        assertThat(job.errors().get(3).message()).contains("'1O' is not a number");
        assertThat(job.errors().get(4).message()).contains("not over yet");
        assertThat(job.errors().getLast().message()).contains("Counts and amounts cannot be negative");
        assertThat(job.errorRows()).isEqualTo(10);
        assertThat(submissions.list(people.focalPoint(), m, slot.year(), SubmissionStatus.DRAFT)).isEmpty();

        assertThat(imports.cancel(people.focalPoint(), job.id()).status()).isEqualTo(ImportStatus.CANCELLED);
    }

    @Test
    void theGoodRowsGoIntoTheDraftsOfTheirPeriodsAndTheRulesIssuesFollowWithTheirLines() {
        StatsFixtures.Slot slot = StatsFixtures.slot();
        StatsFixtures.People people = StatsFixtures.people(users, slot.member());
        String m = slot.member();
        String csv = HEADER
                + m + "," + slot.month(6) + ",TRAFFICKING_IN_PERSONS,VICTIMS,,10,\n"
                + m + "," + slot.month(6) + ",TRAFFICKING_IN_PERSONS,VICTIMS,SEX=F,6,\n"
                + m + "," + slot.month(6) + ",TRAFFICKING_IN_PERSONS,VICTIMS,SEX=M,3,\n"
                + m + "," + slot.month(6) + ",TRAFFICKING_IN_PERSONS,VICTIMS,SEX=U,0,\n"
                + m + "," + slot.month(6) + ",TRAFFICKING_IN_PERSONS,CASES,,NA,register offline\n"
                + m + "," + slot.quarter(2) + ",TRAFFICKING_IN_PERSONS,PROSECUTED,,4,\n"
                + m + "," + slot.quarter(2) + ",TRAFFICKING_IN_PERSONS,CONVICTED,,5,\n";
        // checking the file first writes nothing and tells the same
        ImportHandler.Result dry = upload.dryRun(people.focalPoint(),
                new java.io.ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)));
        assertThat(dry.imported()).isZero();
        assertThat(dry.errors()).extracting(e -> e.line() + " " + e.field())
                .containsExactly("2 rule PARTS_SUM_TO_TOTAL", "8 rule CONVICTED_NOT_ABOVE_PROSECUTED");
        assertThat(dry.note()).startsWith("Nothing was written");
        assertThat(submissions.list(people.focalPoint(), m, slot.year(), null)).isEmpty();

        ImportJob job = upload(people.focalPoint(), "values.csv", csv.getBytes(StandardCharsets.UTF_8),
                ImportMode.ALL_OR_NOTHING);

        assertThat(job.status()).isEqualTo(ImportStatus.DONE);
        assertThat(job.importedRows()).isEqualTo(7);
        assertThat(job.errorRows()).isZero();
        assertThat(lines(job)).containsExactly("2 rule PARTS_SUM_TO_TOTAL", "8 rule CONVICTED_NOT_ABOVE_PROSECUTED");
        assertThat(job.errors().get(0).message()).startsWith("blocking (" + slot.month(6) + "): Trafficking in "
                + "persons, Victims by SEX").contains("PARTS (by SEX) is 9, TOTAL is 10");
        assertThat(job.message()).contains("2 blocking issues");

        List<Submission> drafts = submissions.list(people.focalPoint(), m, slot.year(), SubmissionStatus.DRAFT);
        assertThat(drafts).extracting(Submission::period).containsExactlyInAnyOrder(slot.month(6), slot.quarter(2));
        Submission june = drafts.stream().filter(d -> d.period().equals(slot.month(6))).findFirst().orElseThrow();
        assertThat(submissions.get(people.focalPoint(), june.id()).values()).filteredOn(v -> v.indicator().equals("CASES"))
                .singleElement().satisfies(v -> {
                    assertThat(v.notAvailable()).isTrue();
                    assertThat(v.note()).isEqualTo("register offline");
                });

        // a second file corrects a part and, by an empty value, takes the cases back out of the draft
        ImportJob fix = upload(people.focalPoint(), "fix.csv", (HEADER
                + m + "," + slot.month(6) + ",TRAFFICKING_IN_PERSONS,VICTIMS,SEX=M,4,\n"
                + m + "," + slot.month(6) + ",TRAFFICKING_IN_PERSONS,CASES,,,\n").getBytes(StandardCharsets.UTF_8),
                ImportMode.ALL_OR_NOTHING);
        assertThat(fix.errors()).isEmpty();
        assertThat(fix.message()).contains("raise no issue");
        assertThat(submissions.get(people.focalPoint(), june.id()).values()).extracting(ReportedValue::indicator)
                .containsOnly("VICTIMS").hasSize(4);
    }

    @Test
    void anExcelWorkbookIsReadLikeCsvWithExcelsRowNumbers() throws IOException {
        StatsFixtures.Slot slot = StatsFixtures.slot();
        StatsFixtures.People people = StatsFixtures.people(users, slot.member());
        byte[] xlsx;
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet("values");
            String[][] rows = {
                    {"Member", "Period", "Crime_Area", "Indicator", "Disaggregation", "Value", "Note"},
                    {slot.member(), slot.month(8), "WILDLIFE_CRIME", "CASES", "", "#7", ""},
                    {slot.member(), slot.month(8), "WILDLIFE_CRIME", "SEIZED_WILDLIFE", "SPECIES_GROUP=IVORY", "#2", ""},
                    {slot.member(), slot.month(8), "WILDLIFE_CRIME", "SEIZED_WILDLIFE", "", "many", ""},
                    null,
                    {slot.member(), slot.month(8), "WILDLIFE_CRIME", "SEIZED_BIRDS", "", "#1", ""}};
            for (int r = 0; r < rows.length; r++) {
                if (rows[r] == null) {
                    continue;
                }
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    if (rows[r][c].startsWith("#")) {
                        row.createCell(c).setCellValue(Double.parseDouble(rows[r][c].substring(1)));
                    } else if (!rows[r][c].isEmpty()) {
                        row.createCell(c).setCellValue(rows[r][c]);
                    }
                }
            }
            book.write(out);
            xlsx = out.toByteArray();
        }
        ImportJob job = upload(people.focalPoint(), "values.xlsx", xlsx, ImportMode.VALID_ONLY);
        assertThat(job.status()).isEqualTo(ImportStatus.DONE);
        assertThat(job.totalRows()).isEqualTo(4);
        assertThat(lines(job)).containsExactly("4 value", "6 indicator");
        assertThat(job.importedRows()).isEqualTo(2);
        Submission august = submissions.list(people.focalPoint(), slot.member(), slot.year(), SubmissionStatus.DRAFT)
                .getFirst();
        assertThat(submissions.get(people.focalPoint(), august.id()).values()).extracting(ReportedValue::text)
                .containsExactlyInAnyOrder("7", "2");
    }

    @Test
    void onlyAMembersStatisticsPeopleUpload() {
        assertThatThrownBy(() -> upload(TestUsers.create(users, "ASP", Role.STATISTICS_FOCAL_POINT), "v.csv",
                HEADER.getBytes(StandardCharsets.UTF_8), ImportMode.ALL_OR_NOTHING))
                .isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> upload(TestUsers.create(users, "MYS", Role.ANALYST), "v.csv",
                HEADER.getBytes(StandardCharsets.UTF_8), ImportMode.ALL_OR_NOTHING))
                .isInstanceOf(NotAllowedException.class);
        ImportJob noHeader = upload(TestUsers.create(users, "MYS", Role.STATISTICS_FOCAL_POINT), "v.csv",
                "member,period\nMYS,2024-01\n".getBytes(StandardCharsets.UTF_8), ImportMode.ALL_OR_NOTHING);
        assertThat(noHeader.errors()).singleElement().satisfies(e -> assertThat(e.message())
                .contains("the header row lacks crime_area, indicator, value"));
    }
}
