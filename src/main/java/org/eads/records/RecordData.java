package org.eads.records;

/** The type-specific part of a shared record. */
public sealed interface RecordData
        permits PersonData, TravelDocumentData, VehicleData, FirearmData, OrganisationData, IndicatorData {

    RecordType type();

    /** The line that names the record in lists and results. */
    String label();

    /** Reports every problem of the values under their field names. */
    void validate(Problems problems);

    /** The same data with derived forms filled in (normalised identifiers, detected scripts); call after validate. */
    RecordData normalize();
}
