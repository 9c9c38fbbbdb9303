package org.eads.demo;

import org.eads.records.RecordType;

/** How often each record type is generated, as relative weights. */
public record RecordMix(int person, int travelDocument, int indicator, int vehicle, int firearm, int organisation) {

    /** Persons 45%, travel documents 20%, indicators 20%, vehicles 7%, firearms 5%, organisations 3%. */
    public static final RecordMix DEFAULT = new RecordMix(45, 20, 20, 7, 5, 3);

    public RecordMix {
        if (person < 0 || travelDocument < 0 || indicator < 0 || vehicle < 0 || firearm < 0 || organisation < 0) {
            throw new IllegalArgumentException("record mix weights must not be negative");
        }
        if (person + travelDocument + indicator + vehicle + firearm + organisation == 0) {
            throw new IllegalArgumentException("a record mix needs at least one positive weight");
        }
    }

    /** Records of one type only, for benchmarks of one kind of search. */
    public static RecordMix only(RecordType type) {
        return switch (type) {
            case PERSON -> new RecordMix(1, 0, 0, 0, 0, 0);
            case TRAVEL_DOCUMENT -> new RecordMix(0, 1, 0, 0, 0, 0);
            case INDICATOR -> new RecordMix(0, 0, 1, 0, 0, 0);
            case VEHICLE -> new RecordMix(0, 0, 0, 1, 0, 0);
            case FIREARM -> new RecordMix(0, 0, 0, 0, 1, 0);
            case ORGANISATION -> new RecordMix(0, 0, 0, 0, 0, 1);
        };
    }

    public int weight(RecordType type) {
        return switch (type) {
            case PERSON -> person;
            case TRAVEL_DOCUMENT -> travelDocument;
            case INDICATOR -> indicator;
            case VEHICLE -> vehicle;
            case FIREARM -> firearm;
            case ORGANISATION -> organisation;
        };
    }
}
