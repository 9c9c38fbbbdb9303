package org.eads.records;

/**
 * An indicator: a phone number, e-mail address, bank account, e-wallet, URL, domain, crypto wallet or social media
 * handle. {@code value} is kept as entered; {@code normalized} is the one form that searches and links compare.
 * {@code country} is the country the value belongs to (the default region for national phone numbers),
 * {@code provider} the bank, wallet or platform.
 */
public record IndicatorData(
        IndicatorType indicatorType,
        String value,
        String normalized,
        String country,
        String provider,
        String summary) implements RecordData {

    public enum IndicatorType { PHONE, EMAIL, BANK_ACCOUNT, E_WALLET, URL, DOMAIN, CRYPTO_WALLET, SOCIAL_MEDIA }

    @Override
    public RecordType type() {
        return RecordType.INDICATOR;
    }

    @Override
    public String label() {
        String kind = indicatorType == null ? "Indicator" : indicatorType.name().replace('_', ' ').toLowerCase();
        return Character.toUpperCase(kind.charAt(0)) + kind.substring(1) + " " + (normalized != null ? normalized : value)
                + (provider == null || provider.isBlank() ? "" : " (" + provider + ")");
    }

    @Override
    public void validate(Problems p) {
        p.require(indicatorType, "indicatorType");
        p.require(value, "value");
        p.maxLength(value, "value", 500);
        Countries.checkOne(country, "country", p);
        p.maxLength(provider, "provider", 200);
        p.maxLength(summary, "summary", 10_000);
        if (indicatorType == null || value == null || value.isBlank()) {
            return;
        }
        if ((indicatorType == IndicatorType.BANK_ACCOUNT || indicatorType == IndicatorType.E_WALLET
                || indicatorType == IndicatorType.SOCIAL_MEDIA) && (provider == null || provider.isBlank())) {
            p.add("provider", "is required for " + indicatorType.name().toLowerCase().replace('_', ' ')
                    + " (the bank, wallet or platform)");
        }
        Identifiers.Result r = Identifiers.normalize(indicatorType, value, country, provider);
        if (r.problem() != null) {
            p.add("value", r.problem());
        }
    }

    @Override
    public IndicatorData normalize() {
        return new IndicatorData(indicatorType, value.strip(),
                Identifiers.normalize(indicatorType, value, country, provider).normalized(), country, provider, summary);
    }
}
