package org.eads.cli.bench;

import java.io.PrintStream;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The scam benchmark's data, generated inside PostgreSQL: {@code indicators} registry entries of every kind (half
 * Malaysian phone numbers, a third domestic bank accounts, the rest URLs and e-wallets; 1% designated, 3% grey) and
 * {@code reports} scam reports of the ten AMCs, each naming two indicators so that reports chain into campaigns of
 * a few reports each. Values are canonical, so a check finds them as a bank or telco would ask.
 */
final class ScamData {

    private ScamData() {
    }

    /** The canonical value of generated indicator {@code n} (from 1), as SQL over a column {@code n}. */
    static final String VALUE = """
            case when n % 20 < 10 then '+6011' || lpad(n::text, 8, '0')
                 when n % 20 < 17 then lpad(n::text, 12, '0')
                 when n % 20 < 19 then 'scam' || n || '.example/login'
                 else '+6012' || lpad(n::text, 8, '0') end""";
    static final String KIND = """
            case when n % 20 < 10 then 'PHONE' when n % 20 < 17 then 'BANK_ACCOUNT' when n % 20 < 19 then 'URL'
                 else 'E_WALLET' end""";

    /** The kind and value of generated indicator {@code n}, as a check names it. */
    static String[] indicator(long n) {
        long m = n % 20;
        if (m < 10) {
            return new String[]{"PHONE", "+6011" + String.format("%08d", n)};
        }
        if (m < 17) {
            return new String[]{"BANK_ACCOUNT", String.format("%012d", n)};
        }
        if (m < 19) {
            return new String[]{"URL", "https://scam" + n + ".example/login"};
        }
        return new String[]{"E_WALLET", "+6012" + String.format("%08d", n)};
    }

    static void generate(JdbcClient jdbc, long indicators, long reports, long createdBy, PrintStream out) {
        long t0 = System.nanoTime();
        // explicit ids after the existing ones, so that reports can name generated indicators by number
        long base = jdbc.sql("select coalesce(max(id), 0) from scam_indicator").query(Long.class).single();
        jdbc.sql("""
                insert into scam_indicator (id, kind, value, display, status, report_count, members, first_seen,
                    last_seen, total_loss_usd)
                select :base + n, %s, %s, %s,
                       case when n %% 100 = 0 then 'BLACK' when n %% 33 = 0 then 'GREY' else 'REPORTED' end,
                       1 + n %% 5, array[(array['BRN','KHM','IDN','LAO','MYS','MMR','PHL','SGP','THA','VNM'])[1 + n %% 10]],
                       date '2025-01-01' + (n %% 600)::int, date '2025-01-01' + (n %% 600)::int + (n %% 30)::int,
                       (n %% 5000)::numeric
                from generate_series(1, :n) n
                """.formatted(KIND, VALUE, VALUE)).param("n", indicators).param("base", base).update();
        jdbc.sql("select setval(pg_get_serial_sequence('scam_indicator', 'id'), (select max(id) from scam_indicator))")
                .query(Long.class).single();
        out.printf("  %,d indicators in %.0f s%n", indicators, (System.nanoTime() - t0) / 1e9);
        long t1 = System.nanoTime();
        jdbc.sql("""
                insert into scam_report (id, owner_member, case_reference, report_date, victim_kind, victim_nationality,
                    victim_age_band, scam_type, channel, loss_amount, loss_currency, loss_usd, sharing_level,
                    indicator_sharing, created_by)
                select md5('bench-report-' || n)::uuid,
                       (array['BRN','KHM','IDN','LAO','MYS','MMR','PHL','SGP','THA','VNM'])[1 + n % 10],
                       'BENCH-' || n, date '2025-01-01' + (n % 690)::int, 'PERSON',
                       (array['BRN','KHM','IDN','LAO','MYS','MMR','PHL','SGP','THA','VNM'])[1 + n % 10],
                       (array['18-24','25-34','35-44','45-54','55-64','65+'])[1 + n % 6],
                       (array['INVESTMENT','ROMANCE','JOB_TASK','IMPERSONATION','E_COMMERCE','LOAN','PHISHING',
                              'SEXTORTION','CRYPTO','OTHER'])[1 + n % 10],
                       (array['CALL','SMS','MESSAGING_APP','SOCIAL_MEDIA','WEBSITE','DATING_APP'])[1 + n % 6],
                       1000 + n % 50000, 'USD', 1000 + n % 50000, 'MEMBERS', 'MEMBERS', :by
                from generate_series(1, :n) n
                """).param("n", reports).param("by", createdBy).update();
        // each report names an indicator of its own and one it shares with the report three before it: chains of
        // reports, cut every 12 reports, form campaigns of about a dozen reports
        jdbc.sql("""
                insert into scam_report_indicator (report_id, indicator_id, role)
                select md5('bench-report-' || n)::uuid, :base + 1 + (n * 7919) % :i, 'CONTACT'
                from generate_series(1, :n) n
                union all
                select md5('bench-report-' || n)::uuid, :base + 1 + ((n / 3) * 104729 + (n / 12)) % :i, 'PAYMENT'
                from generate_series(1, :n) n
                on conflict do nothing
                """).param("n", reports).param("i", indicators).param("base", base).update();
        jdbc.sql("analyze scam_indicator").update();
        jdbc.sql("analyze scam_report").update();
        jdbc.sql("analyze scam_report_indicator").update();
        out.printf("  %,d reports with their indicators in %.0f s%n", reports, (System.nanoTime() - t1) / 1e9);
    }
}
