package org.eads.stats;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.eads.TestUsers;
import org.eads.identity.EadsUser;
import org.eads.identity.Role;
import org.eads.identity.Users;

/**
 * What the statistics tests share. Every test works on a slot of its own, a member and a reporting year, so that
 * tests sharing the database never touch each other's periods: slot years are six years apart, so neither the year
 * before a slot (PREVIOUS_YEAR) nor the five years of history before it (HISTORY_MEAN, HISTORY_SD) hold another
 * test's data. The demo test loads 2019 and later.
 */
final class StatsFixtures {

    static final List<String> MEMBERS = List.of("BRN", "KHM", "IDN", "LAO", "MYS", "MMR", "PHL", "SGP", "THA", "VNM");
    private static final int[] YEARS = {2001, 2007, 2013};
    private static final AtomicInteger NEXT = new AtomicInteger();

    private StatsFixtures() {
    }

    /** A member and a year no other test of this JVM uses; the slot may also use the year before. */
    record Slot(String member, int year) {

        String month(int month) {
            return Period.month(year, month).toString();
        }

        String quarter(int quarter) {
            return Period.quarter(year, quarter).toString();
        }
    }

    static Slot slot() {
        int n = NEXT.getAndIncrement();
        if (n >= MEMBERS.size() * YEARS.length) {
            throw new IllegalStateException("The statistics tests have used every slot: add years to StatsFixtures");
        }
        return new Slot(MEMBERS.get(n % MEMBERS.size()), YEARS[n / MEMBERS.size()]);
    }

    /** The people of a member's statistics: a focal point and a supervisor; and the Secretariat's focal point. */
    record People(EadsUser focalPoint, EadsUser supervisor, EadsUser secretariat) {
    }

    static People people(Users users, String member) {
        return new People(TestUsers.create(users, member, Role.STATISTICS_FOCAL_POINT),
                TestUsers.create(users, member, Role.SUPERVISOR),
                TestUsers.create(users, "ASP", Role.STATISTICS_FOCAL_POINT));
    }

    static ValueInput value(String area, String indicator, String part, String value) {
        return new ValueInput(area, indicator, part, value, null);
    }

    static ValueInput value(String area, String indicator, String part, String value, String note) {
        return new ValueInput(area, indicator, part, value, note);
    }
}
