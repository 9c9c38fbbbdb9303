package org.eads.screening.internal.web;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.eads.screening.SearchQuery;

/**
 * What an officer typed in the search box, read as what it most likely is: a phone number, an e-mail address, a
 * web address or domain, a crypto wallet, a document or serial number, or else a name. (An MRZ is recognised
 * before this, by the page.)
 */
final class FreeText {

    private static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 ().-]{5,}[0-9]");
    private static final Pattern NUMBER = Pattern.compile("(?=.*[0-9])[A-Za-z0-9-]{5,20}");
    private static final Pattern DOMAIN = Pattern.compile("[^\\s@/]+\\.[a-zA-Z]{2,}(/\\S*)?");

    private FreeText() {
    }

    /** The query for the text; a national phone number is read as one of the searcher's own country. */
    static SearchQuery read(String text, String searcherCountry, String purpose) {
        String t = text.strip();
        List<SearchQuery.Identifier> ids = new ArrayList<>();
        String name = null;
        String document = null;
        if (t.contains("@") && !t.contains(" ")) {
            ids.add(new SearchQuery.Identifier("EMAIL", t));
        } else if (t.matches("(?i)(0x[0-9a-f]{40}|bc1[0-9a-z]{8,87}|T[1-9A-HJ-NP-Za-km-z]{33})")) {
            ids.add(new SearchQuery.Identifier("CRYPTO_WALLET", t));
        } else if (t.matches("(?i)https?://\\S+")) {
            ids.add(new SearchQuery.Identifier("URL", t));
        } else if (DOMAIN.matcher(t).matches() && !t.matches(".*[0-9]{5,}.*")) {
            ids.add(new SearchQuery.Identifier(t.contains("/") ? "URL" : "DOMAIN", t));
        } else if (PHONE.matcher(t).matches() && t.replaceAll("[^0-9]", "").length() >= 7) {
            ids.add(new SearchQuery.Identifier("PHONE", t));
            ids.add(new SearchQuery.Identifier("BANK_ACCOUNT", t));
        } else if (NUMBER.matcher(t).matches()) {
            document = t;
            ids.add(new SearchQuery.Identifier("PLATE", t));
            ids.add(new SearchQuery.Identifier("SERIAL", t));
            if (t.replace("-", "").length() == 17) {
                ids.add(new SearchQuery.Identifier("VIN", t));
            }
        } else {
            name = t;
        }
        return new SearchQuery(name, null, null, name == null ? searcherCountry : null, document, ids, null, null,
                purpose);
    }
}
