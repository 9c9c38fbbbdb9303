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
import org.eads.screening.internal.names.NameTokenCodec;
import org.eads.screening.internal.names.NormalizedName;
import org.springframework.stereotype.Component;

/**
 * A record as a Lucene document: the keys screening matches on (identifiers; every key the name engine gives for
 * each name form), the names themselves and their normalised tokens for the scorer, the other features it weighs
 * (date of birth, sex, nationalities), and what the sharing check needs.
 */
@Component
public class RecordDocuments {

    /**
     * The version of the documents' layout, saved with each index commit: a node that finds an index written in
     * another layout rebuilds it at start.
     */
    static final String FORMAT = "2";

    static final String ID = "id";
    static final String TYPE = "type";
    static final String OWNER = "owner";
    static final String LEVEL = "level";
    static final String SHARED_WITH = "shared_with";
    static final String KEY = "key";
    static final String NAME_KEY = "name_key";
    static final String NAME = "name";
    static final String NAME_TOKENS = "name_tokens";
    static final String SEX = "sex";
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
                if (p.sex() != null && p.sex() != PersonData.Sex.UNKNOWN) {
                    doc.add(new StoredField(SEX, p.sex().name()));
                }
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
            NormalizedName normalized = names.normalize(form);
            doc.add(new StoredField(NAME, form));
            doc.add(new StoredField(NAME_TOKENS, NameTokenCodec.encode(normalized.tokens())));
            for (String key : names.keys(normalized)) {
                doc.add(new StringField(NAME_KEY, key, Field.Store.NO));
            }
        }
        doc.add(new StoredField(LABEL, r.label()));
        return doc;
    }
}
