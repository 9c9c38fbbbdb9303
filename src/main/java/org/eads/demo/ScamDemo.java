package org.eads.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eads.demo.internal.Rng;
import org.eads.scam.IndicatorKind;
import org.eads.scam.ScamChannel;
import org.eads.scam.ScamReportInput;

/**
 * The demo's scam reports: a dozen scam operations, each run from a compound abroad with its own phones, mule
 * accounts, sites and apps, whose victims in the ten AMCs report to their national centres. Reports of the same
 * operation share indicators, as real ones do, so campaigns form. Deterministic for a seed and a date.
 */
public final class ScamDemo {

    /** One report and the member that records it. */
    public record Report(String memberCode, ScamReportInput input) {
    }

    private static final Map<String, String> CURRENCY = Map.of("BRN", "BND", "KHM", "KHR", "IDN", "IDR", "LAO", "LAK",
            "MYS", "MYR", "MMR", "MMK", "PHL", "PHP", "SGP", "SGD", "THA", "THB", "VNM", "VND");
    /** A typical loss in the member's currency, to scale the random amounts. */
    private static final Map<String, Integer> TYPICAL_LOSS = Map.of("BND", 8_000, "KHR", 20_000_000, "IDR",
            80_000_000, "LAK", 100_000_000, "MYR", 25_000, "MMK", 10_000_000, "PHP", 300_000, "SGD", 20_000,
            "THB", 200_000, "VND", 150_000_000);
    private static final String[] TYPES = {"INVESTMENT", "ROMANCE", "JOB_TASK", "IMPERSONATION", "E_COMMERCE", "LOAN",
            "PHISHING", "CRYPTO"};
    private static final String[] AGE_BANDS = {"18-24", "25-34", "35-44", "45-54", "55-64", "65+"};
    private static final String[] WORDS = {"zen", "apex", "nova", "lotus", "golden", "prime", "royal", "swift",
            "unity", "pearl", "harbor", "summit"};

    private ScamDemo() {
    }

    /** One scam operation: what its callers use. */
    private record Operation(String type, ScamChannel channel, List<ScamReportInput.Indicator> contacts,
                             List<ScamReportInput.Indicator> accounts) {
    }

    public static List<Report> create(long seed, LocalDate asOf, int reports) {
        Rng rng = new Rng(seed ^ 0x5CA77L);
        List<Operation> operations = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            operations.add(operation(rng, i));
        }
        List<String> members = RecordGenerator.MEMBERS;
        List<Report> out = new ArrayList<>(reports);
        for (int n = 0; n < reports; n++) {
            // a few large operations, many small ones
            Operation op = operations.get(Math.min(rng.below(12), rng.below(12)));
            String member = rng.pick(members);
            String currency = CURRENCY.get(member);
            LocalDate reported = asOf.minusDays(rng.below(180));
            List<ScamReportInput.Indicator> used = new ArrayList<>();
            int contacts = rng.between(1, Math.min(3, op.contacts().size()));
            for (int c = 0; c < contacts; c++) {
                ScamReportInput.Indicator i = rng.pick(op.contacts());
                if (!used.contains(i)) {
                    used.add(i);
                }
            }
            BigDecimal loss = BigDecimal.valueOf((long) TYPICAL_LOSS.get(currency) * rng.between(10, 400) / 100);
            List<ScamReportInput.Payment> paid = new ArrayList<>();
            int payments = rng.between(1, 3);
            for (int p = 0; p < payments; p++) {
                ScamReportInput.Indicator to = rng.pick(op.accounts());
                paid.add(new ScamReportInput.Payment(to.kind(), to.value(), to.country(),
                        OffsetDateTime.of(reported.minusDays(rng.between(1, 20)).atTime(rng.between(8, 22),
                                rng.below(60)), ZoneOffset.UTC),
                        loss.divide(BigDecimal.valueOf(payments), 0, java.math.RoundingMode.DOWN), currency));
            }
            String ref = member.substring(0, 2) + "-NSRC-" + asOf.getYear() + "-" + String.format("%05d", n + 1);
            out.add(new Report(member, new ScamReportInput(ref, reported,
                    new ScamReportInput.Victim(rng.percent(92) ? "PERSON" : "ORGANISATION", null, null, false, member,
                            rng.pick(AGE_BANDS), rng.percent(55) ? "F" : "M"),
                    op.type(), op.channel(), reported.minusDays(rng.between(3, 60)), loss, currency,
                    "Demo report of a " + op.type().toLowerCase().replace('_', ' ') + " scam", rng.percent(85)
                    ? "MEMBERS" : "NATIONAL", null, "MEMBERS", used, paid)));
        }
        return out;
    }

    private static Operation operation(Rng rng, int index) {
        String type = TYPES[index % TYPES.length];
        ScamChannel channel = switch (type) {
            case "ROMANCE" -> ScamChannel.DATING_APP;
            case "JOB_TASK", "INVESTMENT", "CRYPTO" -> ScamChannel.MESSAGING_APP;
            case "E_COMMERCE" -> ScamChannel.SOCIAL_MEDIA;
            case "PHISHING", "LOAN" -> ScamChannel.SMS;
            default -> ScamChannel.CALL;
        };
        String word = WORDS[index % WORDS.length];
        List<ScamReportInput.Indicator> contacts = new ArrayList<>();
        int phones = rng.between(2, 5);
        for (int p = 0; p < phones; p++) {
            contacts.add(phone(rng));
        }
        contacts.add(new ScamReportInput.Indicator(IndicatorKind.URL, "https://www." + word + "-" + type.toLowerCase()
                .replace('_', '-') + rng.digits(2) + ".example/login?utm_source=sms", null, null));
        contacts.add(new ScamReportInput.Indicator(IndicatorKind.APP, capital(word) + " Trade Pro", null, null));
        contacts.add(new ScamReportInput.Indicator(IndicatorKind.SOCIAL_MEDIA, "@" + word + "_" + rng.digits(3),
                null, "telegram"));
        List<ScamReportInput.Indicator> accounts = new ArrayList<>();
        int mules = rng.between(2, 4);
        for (int a = 0; a < mules; a++) {
            accounts.add(new ScamReportInput.Indicator(IndicatorKind.BANK_ACCOUNT, rng.layout("####-####-####"),
                    null, null));
        }
        accounts.add(new ScamReportInput.Indicator(IndicatorKind.CRYPTO_WALLET, "0x" + hex(rng, 40), null, null));
        return new Operation(type, channel, contacts, accounts);
    }

    /** A mobile number of a country where scam compounds are found, in international form. */
    private static ScamReportInput.Indicator phone(Rng rng) {
        String number = switch (rng.below(4)) {
            case 0 -> "+855 " + rng.pick(new String[]{"12", "15", "69", "77", "88"}) + " " + rng.digits(3) + " "
                    + rng.digits(3);
            case 1 -> "+95 9 " + rng.digits(3) + " " + rng.digits(3) + " " + rng.digits(3);
            case 2 -> "+856 20 " + rng.digits(4) + " " + rng.digits(4);
            default -> "+60 11-" + rng.digits(4) + " " + rng.digits(4);
        };
        return new ScamReportInput.Indicator(IndicatorKind.PHONE, number, null, null);
    }

    private static String hex(Rng rng, int length) {
        StringBuilder sb = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            sb.append("0123456789abcdef".charAt(rng.below(16)));
        }
        return sb.toString();
    }

    private static String capital(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }
}
