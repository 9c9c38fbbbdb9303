package org.eads.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;

import org.eads.records.RecordInput;
import org.junit.jupiter.api.Test;

/** Prints how fast one thread generates records; tests never assert on time. */
class DemoThroughputTest {

    private static final int WARM_UP = 200_000;
    private static final int RECORDS = 1_000_000;

    @Test
    void printsGenerationThroughput() {
        RecordGenerator generator = new RecordGenerator("MYS", 1);
        long checksum = 0;
        for (int i = 0; i < WARM_UP; i++) {
            checksum += generator.next().sharingLevel().ordinal();
        }
        var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long thread = Thread.currentThread().threadId();
        long allocatedBefore = threads.getThreadAllocatedBytes(thread);
        long start = System.nanoTime();
        for (int i = 0; i < RECORDS; i++) {
            RecordInput r = generator.next();
            checksum += r.sharingLevel().ordinal();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        long allocated = threads.getThreadAllocatedBytes(thread) - allocatedBefore;
        System.out.printf("suite=demo-generate records=%d seconds=%.2f records_per_s=%.0f bytes_per_record=%d%n",
                RECORDS, seconds, RECORDS / seconds, allocated / RECORDS);
        assertThat(checksum).isPositive();
    }
}
