package org.eads.records;

import java.time.LocalDate;

/** A stolen, lost, revoked or fraudulent travel or identity document. */
public record TravelDocumentData(
        DocumentType documentType,
        String number,
        String normalizedNumber,
        String issuingCountry,
        String holderName,
        PartialDate holderDateOfBirth,
        Status status,
        LocalDate dateReported,
        String summary) implements RecordData {

    public enum DocumentType { PASSPORT, ID_CARD, VISA, OTHER }

    public enum Status { STOLEN, LOST, REVOKED, FRAUDULENT }

    @Override
    public RecordType type() {
        return RecordType.TRAVEL_DOCUMENT;
    }

    @Override
    public String label() {
        String kind = documentType == null ? "Document" : documentType.name().replace('_', ' ').toLowerCase();
        return Character.toUpperCase(kind.charAt(0)) + kind.substring(1) + " " + number
                + (issuingCountry == null ? "" : " (" + issuingCountry + ")")
                + (holderName == null ? "" : ", " + holderName);
    }

    @Override
    public void validate(Problems p) {
        p.require(documentType, "documentType");
        p.require(number, "number");
        p.maxLength(number, "number", 40);
        if (number != null && !number.isBlank() && DocumentNumbers.normalize(number).length() < 4) {
            p.add("number", "must have at least 4 letters or digits");
        }
        p.require(issuingCountry, "issuingCountry");
        Countries.checkOne(issuingCountry, "issuingCountry", p);
        p.maxLength(holderName, "holderName", 300);
        if (holderDateOfBirth != null && holderDateOfBirth.isAfter(LocalDate.now())) {
            p.add("holderDateOfBirth", "is in the future");
        }
        p.require(status, "status");
        if (dateReported != null && dateReported.isAfter(LocalDate.now())) {
            p.add("dateReported", "is in the future");
        }
        p.maxLength(summary, "summary", 10_000);
    }

    @Override
    public TravelDocumentData normalize() {
        return new TravelDocumentData(documentType, number.strip(), DocumentNumbers.normalize(number), issuingCountry,
                holderName, holderDateOfBirth, status, dateReported, summary);
    }
}
