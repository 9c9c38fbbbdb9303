package org.eads.screening.internal.index;

import java.util.LinkedHashSet;
import java.util.Set;

import org.eads.records.DocumentNumbers;
import org.eads.records.FirearmData;
import org.eads.records.IdentityDocument;
import org.eads.records.IndicatorData;
import org.eads.records.PersonData;
import org.eads.records.RecordData;
import org.eads.records.TravelDocumentData;
import org.eads.records.VehicleData;

/**
 * The exact keys under which a record's identifiers are found: {@code KIND:value} in the one normal form the records
 * module stores, and for document numbers and serials a second key with the usual OCR confusions folded (O/0, I/1,
 * S/5, B/8, Z/2, G/6), so a number read off a scan still finds the record.
 */
final class IdentifierKeys {

    private IdentifierKeys() {
    }

    static Set<String> of(RecordData data) {
        Set<String> keys = new LinkedHashSet<>();
        switch (data) {
            case PersonData p -> {
                for (IdentityDocument d : p.identityDocuments()) {
                    document(keys, d.number());
                }
            }
            case TravelDocumentData t -> document(keys, t.normalizedNumber());
            case VehicleData v -> {
                if (v.vin() != null) {
                    keys.add("VIN:" + v.vin());
                }
                if (v.plate() != null) {
                    keys.add("PLATE:" + v.plate());
                }
            }
            case FirearmData f -> {
                keys.add("SERIAL:" + f.normalizedSerial());
                keys.add("SERIAL_OCR:" + ocrFolded(f.normalizedSerial()));
            }
            case IndicatorData i -> {
                if (i.normalized() != null) {
                    keys.add(i.indicatorType().name() + ":" + i.normalized());
                    if (i.indicatorType() == IndicatorData.IndicatorType.SOCIAL_MEDIA && i.normalized().contains(":")) {
                        // the handle alone, for a searcher who does not know the platform
                        keys.add("SOCIAL_MEDIA:" + i.normalized().substring(i.normalized().lastIndexOf(':') + 1));
                    }
                }
            }
            default -> {
            }
        }
        return keys;
    }

    /** The keys a searcher's identifier is looked up under; empty when the value cannot be read as that kind. */
    static Set<String> ofQuery(String type, String value, String country) {
        Set<String> keys = new LinkedHashSet<>();
        String kind = type == null ? "" : type.strip().toUpperCase(java.util.Locale.ROOT);
        String n = DocumentNumbers.normalize(value);
        switch (kind) {
            case "DOCUMENT", "PASSPORT", "ID_CARD" -> document(keys, value);
            case "VIN" -> keys.add("VIN:" + n);
            case "PLATE" -> keys.add("PLATE:" + n);
            case "SERIAL" -> {
                keys.add("SERIAL:" + n);
                keys.add("SERIAL_OCR:" + ocrFolded(n));
            }
            default -> {
                IndicatorData.IndicatorType indicator = IndicatorData.IndicatorType.valueOf(kind);
                org.eads.records.Identifiers.Result r = org.eads.records.Identifiers.normalize(indicator, value, country, null);
                if (r.problem() != null) {
                    throw new IllegalArgumentException(kind + " " + r.problem());
                }
                keys.add(kind + ":" + r.normalized());
            }
        }
        return keys;
    }

    private static void document(Set<String> keys, String number) {
        String n = DocumentNumbers.normalize(number);
        if (n != null && !n.isEmpty()) {
            keys.add("DOC:" + n);
            keys.add("DOC_OCR:" + ocrFolded(n));
        }
    }

    /** Letters that OCR and people confuse with digits, read as the digits. */
    static String ocrFolded(String normalized) {
        StringBuilder sb = new StringBuilder(normalized.length());
        for (int i = 0; i < normalized.length(); i++) {
            char c = normalized.charAt(i);
            sb.append(switch (c) {
                case 'O' -> '0';
                case 'I' -> '1';
                case 'S' -> '5';
                case 'B' -> '8';
                case 'Z' -> '2';
                case 'G' -> '6';
                default -> c;
            });
        }
        return sb.toString();
    }
}
