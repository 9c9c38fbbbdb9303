package org.eads.records;

/** The kinds of shared record. */
public enum RecordType {
    PERSON(PersonData.class),
    TRAVEL_DOCUMENT(TravelDocumentData.class),
    VEHICLE(VehicleData.class),
    FIREARM(FirearmData.class),
    ORGANISATION(OrganisationData.class),
    INDICATOR(IndicatorData.class);

    private final Class<? extends RecordData> dataClass;

    RecordType(Class<? extends RecordData> dataClass) {
        this.dataClass = dataClass;
    }

    public Class<? extends RecordData> dataClass() {
        return dataClass;
    }

    public String title() {
        String s = name().replace('_', ' ').toLowerCase();
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
