package org.eads.screening.internal.index;

import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.eads.records.OrganisationData;
import org.eads.records.PersonData;
import org.eads.records.PersonName;
import org.eads.records.SharedRecord;
import org.eads.screening.internal.names.NameNormalizer;
import org.springframework.stereotype.Component;

/**
 * A record as a Lucene document: the keys screening matches on (identifiers; every key the name engine gives for
 * each name form), the names themselves for the scorer, and what the sharing check needs.
 */
@Component
public class RecordDocuments {

    static final String ID = "id";
    static final String TYPE = "type";
    static final String OWNER = "owner";
    static final String LEVEL = "level";
    static final String SHARED_WITH = "shared_with";
    static final String KEY = "key";
    static final String NAME_KEY = "name_key";
    static final String NAME = "name";
    static final String LABEL = "label";
    static final String DATE_OF_BIRTH = "dob";
    static final String NATIONALITY = "nationality";

    private final NameNormalizer names;

    RecordDocuments(NameNormalizer names) {
        this.names = names;
    }

    public Document of(SharedRecord r) {
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
        List<String> nameForms = new ArrayList<>();
        switch (r.data()) {
            case PersonData p -> {
                if (p.dateOfBirth() != null) {
                    doc.add(new StoredField(DATE_OF_BIRTH, p.dateOfBirth().toString()));
                }
                p.nationalities().forEach(n -> doc.add(new StringField(NATIONALITY, n, Field.Store.YES)));
                for (PersonName n : p.names()) {
                    nameForms.add(n.full());
                    if (n.latin() != null) {
                        nameForms.add(n.latin());
                    }
                }
            }
            case OrganisationData o -> nameForms.addAll(o.names());
            default -> {
            }
        }
        for (String form : nameForms) {
            doc.add(new StoredField(NAME, form));
            for (String key : names.keys(names.normalize(form))) {
                doc.add(new StringField(NAME_KEY, key, Field.Store.NO));
            }
        }
        doc.add(new StoredField(LABEL, r.label()));
        return doc;
    }
}
