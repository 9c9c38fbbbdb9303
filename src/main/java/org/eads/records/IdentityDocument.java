package org.eads.records;

/** An identity document a person holds, as written on a person record. */
public record IdentityDocument(TravelDocumentData.DocumentType type, String number, String country) {

    void validate(Problems p) {
        p.require(number, "number");
        p.maxLength(number, "number", 40);
        Countries.checkOne(country, "country", p);
    }
}
