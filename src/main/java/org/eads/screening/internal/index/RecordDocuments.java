package org.eads.screening.internal.index;


import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.eads.records.OrganisationData;
import org.eads.records.PersonData;
import org.eads.records.PersonName;
import org.eads.records.SharedRecord;

/** A record as a Lucene document: what screening matches on, and what the sharing check needs. */
final class RecordDocuments {

    static final String ID = "id";
    static final String TYPE = "type";
    static final String OWNER = "owner";
    static final String LEVEL = "level";
    static final String SHARED_WITH = "shared_with";
    static final String KEY = "key";
    static final String NAME = "name";
    static final String LABEL = "label";
    static final String DATE_OF_BIRTH = "dob";
    static final String NATIONALITY = "nationality";

    private RecordDocuments() {
    }

    static Document of(SharedRecord r) {
        Document doc = new Document();
        doc.add(new StringField(ID, r.id().toString(), Field.Store.YES));
        doc.add(new StringField(TYPE, r.type().name(), Field.Store.YES));
        doc.add(new StringField(OWNER, r.ownerMember(), Field.Store.YES));
        doc.add(new StringField(LEVEL, r.sharingLevel().name(), Field.Store.YES));
        for (String member : r.sharedWith()) {
            doc.add(new StringField(SHARED_WITH, member, Field.Store.YES));
        }
        for (String key : IdentifierKeys.of(r.data())) {
            doc.add(new StringField(KEY, key, Field.Store.YES));
        }
        switch (r.data()) {
            case PersonData p -> {
                if (p.dateOfBirth() != null) {
                    doc.add(new StoredField(DATE_OF_BIRTH, p.dateOfBirth().toString()));
                }
                p.nationalities().forEach(n -> doc.add(new StringField(NATIONALITY, n, Field.Store.YES)));
                for (PersonName n : p.names()) {
                    doc.add(new TextField(NAME, n.full(), Field.Store.NO));
                    if (n.latin() != null) {
                        doc.add(new TextField(NAME, n.latin(), Field.Store.NO));
                    }
                }
            }
            case OrganisationData o -> o.names().forEach(n -> doc.add(new TextField(NAME, n, Field.Store.NO)));
            default -> {
            }
        }
        doc.add(new StoredField(LABEL, r.label()));
        return doc;
    }
}
