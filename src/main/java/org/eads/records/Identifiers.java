package org.eads.records;

import java.net.IDN;
import java.net.URI;
import java.net.URISyntaxException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Locale;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber;
import org.iban4j.IbanFormatException;
import org.iban4j.IbanUtil;
import org.iban4j.InvalidCheckDigitException;
import org.iban4j.UnsupportedCountryException;

/**
 * The one normaliser of identifiers: every path that stores or compares a phone number, account, address or handle
 * goes through here, so "+60 12-345 6789" and "0123456789" (Malaysia) are the same key everywhere.
 */
public final class Identifiers {

    private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern IBAN_START = Pattern.compile("[A-Z]{2}\\d{2}[A-Z0-9]{10,30}");
    private static final Pattern DOMAIN = Pattern.compile("([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z][a-z0-9-]{1,62}");
    private static final Pattern ETHEREUM = Pattern.compile("0x[0-9a-fA-F]{40}");
    private static final Pattern BECH32 = Pattern.compile("(bc1|tb1|ltc1)[02-9ac-hj-np-z]{8,87}");
    private static final Pattern BASE58_ADDRESS = Pattern.compile("[1-9A-HJ-NP-Za-km-z]{25,40}");
    private static final String BASE58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";

    private Identifiers() {
    }

    /** The normal form, or the reason there is none. */
    public record Result(String normalized, String problem) {
        static Result ok(String value) {
            return new Result(value, null);
        }

        static Result bad(String problem) {
            return new Result(null, problem);
        }
    }

    public static Result normalize(IndicatorData.IndicatorType type, String raw, String country, String provider) {
        String v = raw == null ? "" : raw.strip();
        if (v.isEmpty()) {
            return Result.bad("is empty");
        }
        return switch (type) {
            case PHONE -> phone(v, country);
            case EMAIL -> email(v);
            case BANK_ACCOUNT -> bankAccount(v);
            case E_WALLET -> eWallet(v, country);
            case URL -> url(v);
            case DOMAIN -> domain(v);
            case CRYPTO_WALLET -> cryptoWallet(v);
            case SOCIAL_MEDIA -> handle(v, provider);
        };
    }

    /** E.164. National numbers need the country (ISO alpha-3) they are dialled in. */
    public static Result phone(String raw, String country) {
        String region = country == null ? "ZZ" : Countries.alpha2(country);
        try {
            Phonenumber.PhoneNumber n = PHONES.parse(raw, region == null ? "ZZ" : region);
            if (!PHONES.isPossibleNumber(n)) {
                return Result.bad("'" + raw + "' is not a possible phone number");
            }
            return Result.ok(PHONES.format(n, PhoneNumberUtil.PhoneNumberFormat.E164));
        } catch (NumberParseException e) {
            return Result.bad(country == null && !raw.startsWith("+")
                    ? "'" + raw + "' has no country code: write it as +<country code><number> or give the country"
                    : "'" + raw + "' is not a phone number");
        }
    }

    public static Result email(String raw) {
        String v = raw.toLowerCase(Locale.ROOT);
        if (!EMAIL.matcher(v).matches()) {
            return Result.bad("'" + raw + "' is not an e-mail address");
        }
        int at = v.lastIndexOf('@');
        Result d = domain(v.substring(at + 1));
        return d.problem() != null ? Result.bad("'" + raw + "' has an invalid domain") : Result.ok(v.substring(0, at + 1) + d.normalized());
    }

    /** An IBAN (checked) or a domestic account number, kept as its digits and letters only. */
    public static Result bankAccount(String raw) {
        String compact = DocumentNumbers.normalize(raw);
        if (IBAN_START.matcher(compact).matches()) {
            try {
                IbanUtil.validate(compact);
                return Result.ok(compact);
            } catch (IbanFormatException | InvalidCheckDigitException | UnsupportedCountryException e) {
                return Result.bad("'" + raw + "' looks like an IBAN but is not valid: " + e.getMessage());
            }
        }
        if (compact.length() < 5 || compact.length() > 34) {
            return Result.bad("an account number has 5 to 34 letters and digits");
        }
        return Result.ok(compact);
    }

    /** E-wallets are usually keyed by the owner's phone number; otherwise by the wallet id in lower case. */
    public static Result eWallet(String raw, String country) {
        if (raw.matches("[+0-9 ()-]{6,}")) {
            Result p = phone(raw, country);
            if (p.problem() == null) {
                return p;
            }
        }
        return Result.ok(raw.toLowerCase(Locale.ROOT).replaceAll("\\s+", ""));
    }

    /** Scheme, case, www, default ports, trailing slash, fragments and tracking parameters do not count. */
    public static Result url(String raw) {
        String v = raw.contains("://") ? raw : "http://" + raw;
        try {
            URI u = new URI(v);
            if (u.getHost() == null) {
                return Result.bad("'" + raw + "' is not a URL");
            }
            Result host = domain(u.getHost());
            if (host.problem() != null) {
                return Result.bad("'" + raw + "' has an invalid host");
            }
            String path = u.getRawPath() == null ? "" : u.getRawPath().replaceAll("/+$", "");
            String query = canonicalQuery(u.getRawQuery());
            boolean defaultPort = u.getPort() == -1 || u.getPort() == 80 || u.getPort() == 443;
            return Result.ok(host.normalized() + (defaultPort ? "" : ":" + u.getPort()) + path
                    + (query.isEmpty() ? "" : "?" + query));
        } catch (URISyntaxException e) {
            return Result.bad("'" + raw + "' is not a URL");
        }
    }

    private static String canonicalQuery(String query) {
        if (query == null || query.isEmpty()) {
            return "";
        }
        TreeMap<String, String> kept = new TreeMap<>();
        for (String pair : query.split("&")) {
            String key = pair.contains("=") ? pair.substring(0, pair.indexOf('=')) : pair;
            String k = key.toLowerCase(Locale.ROOT);
            if (!k.isEmpty() && !k.startsWith("utm_") && !k.equals("fbclid") && !k.equals("gclid")
                    && !k.equals("mc_eid") && !k.equals("ref")) {
                kept.put(key, pair);
            }
        }
        return kept.values().stream().collect(Collectors.joining("&"));
    }

    public static Result domain(String raw) {
        String v = raw.strip().toLowerCase(Locale.ROOT).replaceAll("\\.$", "");
        try {
            v = IDN.toASCII(v);
        } catch (IllegalArgumentException e) {
            return Result.bad("'" + raw + "' is not a domain name");
        }
        if (v.startsWith("www.")) {
            v = v.substring(4);
        }
        return DOMAIN.matcher(v).matches() ? Result.ok(v) : Result.bad("'" + raw + "' is not a domain name");
    }

    /** Ethereum (0x + 40 hex, compared in lower case), Bitcoin/Tron base58check (checksum verified), bech32. */
    public static Result cryptoWallet(String raw) {
        String v = raw.strip();
        if (ETHEREUM.matcher(v).matches()) {
            return Result.ok(v.toLowerCase(Locale.ROOT));
        }
        if (BECH32.matcher(v.toLowerCase(Locale.ROOT)).matches()) {
            return Result.ok(v.toLowerCase(Locale.ROOT));
        }
        if (BASE58_ADDRESS.matcher(v).matches()) {
            return base58CheckValid(v) ? Result.ok(v)
                    : Result.bad("'" + raw + "' fails its base58 checksum: a character is wrong or missing");
        }
        return Result.bad("'" + raw + "' is not a known crypto wallet format (Bitcoin, Ethereum, Tron, bech32)");
    }

    public static Result handle(String raw, String platform) {
        String h = raw.strip().replaceFirst("^@", "").toLowerCase(Locale.ROOT);
        if (h.isEmpty() || h.contains(" ")) {
            return Result.bad("'" + raw + "' is not a handle");
        }
        String p = platform == null ? "" : platform.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", "");
        return Result.ok(p.isEmpty() ? h : p + ":" + h);
    }

    private static boolean base58CheckValid(String s) {
        java.math.BigInteger n = java.math.BigInteger.ZERO;
        for (char c : s.toCharArray()) {
            n = n.multiply(java.math.BigInteger.valueOf(58)).add(java.math.BigInteger.valueOf(BASE58.indexOf(c)));
        }
        byte[] bytes = n.toByteArray();
        if (bytes.length > 0 && bytes[0] == 0) {
            bytes = Arrays.copyOfRange(bytes, 1, bytes.length);
        }
        int leadingZeros = 0;
        while (leadingZeros < s.length() && s.charAt(leadingZeros) == '1') {
            leadingZeros++;
        }
        byte[] full = new byte[leadingZeros + bytes.length];
        System.arraycopy(bytes, 0, full, leadingZeros, bytes.length);
        if (full.length < 5) {
            return false;
        }
        byte[] payload = Arrays.copyOf(full, full.length - 4);
        byte[] check = Arrays.copyOfRange(full, full.length - 4, full.length);
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            byte[] twice = sha.digest(sha.digest(payload));
            return Arrays.equals(Arrays.copyOf(twice, 4), check);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

}
