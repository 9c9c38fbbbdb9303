package org.eads.demo.internal;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.eads.records.IndicatorData;
import org.eads.records.IndicatorData.IndicatorType;

/**
 * Indicators as scam and trafficking cases produce them: mobile numbers valid in their country, e-mail addresses,
 * domestic bank accounts, e-wallets keyed by a mobile number, fake investment and parcel sites, crypto wallets
 * (mostly USDT on Tron) and social media handles. Web and e-mail domains are invented and sit under the reserved
 * top-level domains {@code .example} and {@code .test}, so that no real site or mailbox is named as a scam.
 */
public final class IndicatorMaker {

    private static final Weighted<IndicatorType> TYPES = Weighted.<IndicatorType>builder()
            .add(IndicatorType.PHONE, 30).add(IndicatorType.BANK_ACCOUNT, 18).add(IndicatorType.E_WALLET, 12)
            .add(IndicatorType.SOCIAL_MEDIA, 12).add(IndicatorType.EMAIL, 10).add(IndicatorType.CRYPTO_WALLET, 8)
            .add(IndicatorType.URL, 6).add(IndicatorType.DOMAIN, 4).build();
    private static final Weighted<IndicatorType> PERSONAL_TYPES = Weighted.<IndicatorType>builder()
            .add(IndicatorType.PHONE, 40).add(IndicatorType.BANK_ACCOUNT, 20).add(IndicatorType.E_WALLET, 15)
            .add(IndicatorType.SOCIAL_MEDIA, 15).add(IndicatorType.EMAIL, 10).build();
    private static final String[] MAILBOXES = {"mailhub.example", "inbox.example", "quickmail.example",
        "postbox.test", "webmail.example"};
    private static final String[] SCAM_LOCALS = {"support", "cs", "hr.recruit", "invest", "admin", "service",
        "vip", "customer.care", "refund", "job.offer"};
    private static final String[] DOMAIN_FIRST = {"secure", "verify", "parcel", "refund", "invest", "trade", "gold",
        "vip", "bonus", "wallet", "pay", "global", "profit", "crypto", "mega", "fx", "coin", "asia", "lucky", "smart"};
    private static final String[] DOMAIN_SECOND = {"hub", "pro", "plus", "online", "center", "club", "exchange",
        "portal", "app", "service", "market", "capital", "express", "track"};
    private static final String[] TLDS = {"example", "example", "example", "test"};
    private static final String[] URL_PATHS = {"/login", "/member/register?ref=", "/track?id=",
        "/invest/vip?utm_source=telegram&ref=", "/app/download", "/claim?code=", "/kyc/verify"};
    private static final Set<String> CONNECTORS = Set.of("bin", "binti", "binte", "a", "l", "p", "s", "o", "d", "dela", "de",
        "los", "del", "delos", "haji", "hajah", "hj", "hjh", "awang", "dayang", "pengiran");

    private final Catalogue catalogue;
    private final Amc owner;
    private final Rng rng;
    private final CryptoWallets crypto = new CryptoWallets();
    private final Weighted<String> platforms;
    private final Map<IndicatorType, List<String>> sentences = new EnumMap<>(IndicatorType.class);

    public IndicatorMaker(Catalogue catalogue, Amc owner, Rng rng) {
        this.catalogue = catalogue;
        this.owner = owner;
        this.rng = rng;
        for (IndicatorType t : IndicatorType.values()) {
            sentences.put(t, catalogue.sentences("indicator." + t.name()));
        }
        Weighted.Builder<String> p = Weighted.<String>builder().add("Facebook", 30).add("Telegram", 25)
                .add("TikTok", 10).add("Instagram", 10).add("X", 5);
        switch (owner.code()) {
            case "THA" -> p.add("LINE", 25);
            case "VNM" -> p.add("Zalo", 25);
            case "MYS", "SGP" -> p.add("WeChat", 8);
            default -> {
            }
        }
        this.platforms = p.build();
    }

    public IndicatorData next() {
        IndicatorType type = TYPES.pick(rng);
        return switch (type) {
            case PHONE, BANK_ACCOUNT, E_WALLET -> personal(type, owner);
            case EMAIL -> indicator(type, email(rng.percent(50) ? null : someone()), owner.code(), null);
            case SOCIAL_MEDIA -> social(someone());
            case URL -> indicator(type, url(), null, null);
            case DOMAIN -> indicator(type, domain(), null, null);
            case CRYPTO_WALLET -> cryptoWallet();
        };
    }

    /** An indicator a person generated elsewhere uses: in the person's name and country where it has either. */
    public IndicatorData of(GeneratedPerson person) {
        IndicatorType type = PERSONAL_TYPES.pick(rng);
        Amc country = catalogue.amc(person.nationality());
        return switch (type) {
            case EMAIL -> indicator(type, email(person.name()), country.code(), null);
            case SOCIAL_MEDIA -> social(person.name());
            default -> personal(type, country);
        };
    }

    private IndicatorData personal(IndicatorType type, Amc country) {
        return switch (type) {
            case PHONE -> indicator(type, Phones.mobile(country.code(), rng, rng.percent(35)), country.code(), null);
            case BANK_ACCOUNT -> {
                Amc.Bank bank = rng.pick(country.banks());
                yield indicator(type, rng.layout(bank.layout()), country.code(), bank.name());
            }
            default -> {
                Amc walletCountry = country.wallets().isEmpty() ? catalogue.amc("MYS") : country;
                yield indicator(IndicatorType.E_WALLET, Phones.mobile(walletCountry.code(), rng, false),
                        walletCountry.code(), rng.pick(walletCountry.wallets()));
            }
        };
    }

    private IndicatorData indicator(IndicatorType type, String value, String country, String provider) {
        return new IndicatorData(type, value, null, country, provider, rng.pick(sentences.get(type)));
    }

    private GeneratedName someone() {
        return owner.cultures().pick(rng).name(rng, rng.percent(60));
    }

    private String email(GeneratedName name) {
        StringBuilder local = new StringBuilder(24);
        if (name == null) {
            local.append(rng.pick(SCAM_LOCALS));
            if (rng.percent(50)) {
                rng.digits(local, 2);
            }
            return local.append('@').append(rng.percent(50) ? domain() : rng.pick(MAILBOXES)).toString();
        }
        handle(local, name.passport(), '.');
        return local.append('@').append(rng.pick(MAILBOXES)).toString();
    }

    private IndicatorData social(GeneratedName name) {
        String platform = platforms.pick(rng);
        StringBuilder h = new StringBuilder(24);
        if (!platform.equals("Facebook")) {
            h.append('@');
        }
        handle(h, name.passport(), platform.equals("Facebook") ? '.' : '_');
        return indicator(IndicatorType.SOCIAL_MEDIA, h.toString(), null, platform);
    }

    /** Appends first and last name parts (without bin, a/l, dela and titles) in lower case, and often two digits. */
    private void handle(StringBuilder sb, String name, char separator) {
        String first = null;
        String last = null;
        int i = 0;
        int n = name.length();
        while (i < n) {
            while (i < n && !Character.isLetter(name.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && Character.isLetter(name.charAt(i))) {
                i++;
            }
            if (i > start) {
                String token = name.substring(start, i).toLowerCase(Locale.ROOT);
                if (!CONNECTORS.contains(token)) {
                    if (first == null) {
                        first = token;
                    } else {
                        last = token;
                    }
                }
            }
        }
        sb.append(first == null ? "user" : first);
        if (last != null && rng.percent(80)) {
            sb.append(separator).append(rng.percent(25) ? last.substring(0, 1) : last);
        }
        if (rng.percent(60)) {
            rng.digits(sb, 2);
        }
    }

    private String domain() {
        StringBuilder d = new StringBuilder(32).append(rng.pick(DOMAIN_FIRST)).append('-').append(rng.pick(DOMAIN_SECOND));
        if (rng.percent(40)) {
            d.append('-').append(owner.alpha2().toLowerCase(Locale.ROOT));
        }
        return d.append('.').append(rng.pick(TLDS)).toString();
    }

    private String url() {
        StringBuilder u = new StringBuilder(64).append(rng.percent(85) ? "https://" : "http://");
        if (rng.percent(30)) {
            u.append("www.");
        }
        u.append(domain());
        String path = rng.pick(URL_PATHS);
        u.append(path);
        if (path.endsWith("=")) {
            if (path.startsWith("/track")) {
                u.append(owner.alpha2()).append(rng.letter());
            }
            rng.digits(u, rng.between(4, 8));
        }
        return u.toString();
    }

    private IndicatorData cryptoWallet() {
        int roll = rng.below(100);
        if (roll < 60) {
            return indicator(IndicatorType.CRYPTO_WALLET, crypto.tron(rng), null, "USDT (TRC-20)");
        }
        if (roll < 90) {
            return indicator(IndicatorType.CRYPTO_WALLET, crypto.ethereum(rng), null,
                    rng.percent(70) ? "USDT (ERC-20)" : "Ethereum");
        }
        return indicator(IndicatorType.CRYPTO_WALLET, crypto.bitcoin(rng), null, "Bitcoin");
    }
}
