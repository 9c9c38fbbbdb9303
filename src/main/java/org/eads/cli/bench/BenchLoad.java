package org.eads.cli.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiConsumer;

import org.eads.demo.RecordGenerator;
import org.eads.demo.RecordMix;
import org.eads.identity.EadsUser;
import org.eads.identity.NewUser;
import org.eads.identity.Role;
import org.eads.identity.Users;
import org.eads.imports.ImportJob;
import org.eads.imports.ImportMode;
import org.eads.imports.Imports;
import org.eads.member.Member;
import org.eads.records.RecordCodec;
import org.eads.records.RecordInput;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Generated records for a benchmark, loaded through the import path: {@code perMember} records of the mix for each
 * AMC, written as JSON Lines and imported by a benchmark officer of that member. Each generated input is shown to
 * {@code sample} first, so a benchmark can keep some as its questions.
 */
final class BenchLoad {

    private BenchLoad() {
    }

    /** How long the import took and how many records it wrote. */
    record Loaded(long imported, double seconds) {
    }

    static Loaded load(ConfigurableApplicationContext context, List<Member> countries, int perMember, RecordMix mix,
                       Path dir, PrintStream out, BiConsumer<String, RecordInput> sample) throws IOException {
        RecordCodec codec = context.getBean(RecordCodec.class);
        Users users = context.getBean(Users.class);
        Imports imports = context.getBean(Imports.class);
        out.printf("Generating %,d records (%,d for each of %d members)...%n", (long) perMember * countries.size(),
                perMember, countries.size());
        for (Member m : countries) {
            RecordGenerator generator = new RecordGenerator(m.code(), m.code().hashCode(), java.time.LocalDate.now(), mix);
            try (BufferedWriter w = Files.newBufferedWriter(file(dir, m))) {
                for (int i = 0; i < perMember; i++) {
                    RecordInput in = generator.next();
                    sample.accept(m.code(), in);
                    w.write(codec.writeInput(in).toString());
                    w.write('\n');
                }
            }
        }
        long imported = 0;
        long t0 = System.nanoTime();
        for (Member m : countries) {
            ImportJob job = imports.runFile(user(users, m.code(), Role.OFFICER), file(dir, m), ImportMode.VALID_ONLY, null);
            imported += job.importedRows();
            out.printf("  %s: %,d imported, %,d rejected%n", m.code(), job.importedRows(), job.errorRows());
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        for (Member m : countries) {
            Files.deleteIfExists(file(dir, m));
        }
        return new Loaded(imported, seconds);
    }

    private static Path file(Path dir, Member m) {
        return dir.resolve("bench-" + m.code() + ".jsonl");
    }

    /** The benchmark's user of a member with a role (one per member and role), created on first use. */
    static EadsUser user(Users users, String memberCode, Role role) {
        String name = "bench." + memberCode.toLowerCase() + (role == Role.OFFICER ? "" : "." + role.name()
                .toLowerCase(java.util.Locale.ROOT));
        return users.find(name).orElseGet(() -> users.create(new NewUser(name, "Benchmark " + memberCode, null,
                memberCode, null, Set.of(role), "benchmark-" + UUID.randomUUID())));
    }
}
