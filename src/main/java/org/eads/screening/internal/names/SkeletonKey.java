package org.eads.screening.internal.names;

/**
 * A phonetic key for Southeast Asian romanisations: the first letter, then the consonants of the spelling key
 * without h, w and y, repeats collapsed. Vowels are the least stable part of a romanised Thai, Lao, Khmer or
 * Burmese name (Somchai / Somchay / Somchaai), consonants the most, and Soundex or Metaphone are tuned for English
 * spellings instead.
 */
final class SkeletonKey {

    String key(String spellingKey) {
        if (spellingKey.isEmpty()) {
            return spellingKey;
        }
        StringBuilder key = new StringBuilder().append(spellingKey.charAt(0));
        for (int i = 1; i < spellingKey.length(); i++) {
            char c = spellingKey.charAt(i);
            if ("aeiouhwy".indexOf(c) < 0 && c != key.charAt(key.length() - 1)) {
                key.append(c);
            }
        }
        return key.toString();
    }
}
