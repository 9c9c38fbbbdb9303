package org.eads.scam;

import java.util.Locale;

import org.eads.records.IndicatorData.IndicatorType;
import org.eads.records.Identifiers;

/**
 * The kinds of scam indicator, each normalised as the screening engine keys it, so that a phone written
 * {@code 012-345 6789} in Malaysia and {@code +60123456789} are one indicator.
 */
public enum IndicatorKind {
    PHONE(IndicatorType.PHONE),
    BANK_ACCOUNT(IndicatorType.BANK_ACCOUNT),
    E_WALLET(IndicatorType.E_WALLET),
    CRYPTO_WALLET(IndicatorType.CRYPTO_WALLET),
    URL(IndicatorType.URL),
    DOMAIN(IndicatorType.DOMAIN),
    SOCIAL_MEDIA(IndicatorType.SOCIAL_MEDIA),
    EMAIL(IndicatorType.EMAIL),
    /** The name of an app a scammer had the victim install or use. */
    APP(null);

    private final IndicatorType recordType;

    IndicatorKind(IndicatorType recordType) {
        this.recordType = recordType;
    }

    /** The record indicator type of the same kind; none for APP. */
    public IndicatorType recordType() {
        return recordType;
    }

    public static IndicatorKind of(IndicatorType type) {
        return valueOf(type.name());
    }

    /**
     * The normalised value, or the problem with it.
     *
     * @param country  ISO alpha-3 country a national phone number is dialled in
     * @param provider the platform of a social media handle, or the bank of a domestic account
     */
    public Identifiers.Result normalize(String raw, String country, String provider) {
        if (this == APP) {
            String v = raw == null ? "" : raw.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
            return v.isEmpty() || v.length() > 200 ? new Identifiers.Result(null, "an app name has 1 to 200 characters")
                    : new Identifiers.Result(v, null);
        }
        return Identifiers.normalize(recordType, raw, country, provider);
    }
}
