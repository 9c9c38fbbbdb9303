package org.eads.funds.internal;

/** An account as the import keys it: canonical number, bank (upper case), country (alpha-3). */
record AccountKey(String country, String bank, String number) {
}
