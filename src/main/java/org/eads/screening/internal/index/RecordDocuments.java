package org.eads.screening.internal.index;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;

import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StringField;
import org.eads.records.OrganisationData;
import org.eads.records.PersonData;
import org.eads.records.RecordData;
import org.eads.records.SharedRecord;
import org.eads.screening.internal.names.NameNormalizer;
import org.eads.screening.internal.names.NormalizedName;
import org.eads.sharing.RecordSharing;
import org.springframework.stereotype.Component;

/**
 * A record as a Lucene document: the keys screening matches on (identifiers; every key the name engine gives for
 * each name form), and in one binary doc value the {@link CandidateFacts} the scorer and the sharing check read.
 */
@Component
public class RecordDocuments {

    /**
     * The version of the documents' layout, saved with each index commit: a node that finds an index written in
     * another layout rebuilds it at start.
     */
    static final String FORMAT = "5";

    static final String ID = "id";
    static final String TYPE = "type";
    static final String KEY = "key";
    static final String NAME_KEY = "name_key";
    static final String FACTS = "facts";
    static final String NAME_SIGNATURE = "name_signature";
    static final String BIRTH_YEAR = "birth_year";
    static final String NATIONALITY = "nationality";
    static final String SEX = "sex";

    /**
     * Name keys keep the length of the record's names (norms): among records that share a question's keys, the one
     * with fewer other words ranks first ("Susilo" before "Teguh Susilo" for the question "Soesilo").
     */
    private static final FieldType NAME_KEY_TYPE = nameKeyType();

    private final NameNormalizer names;

    RecordDocuments(NameNormalizer names) {
        this.names = names;
    }

    public Document of(SharedRecord r) {
        Document doc = new Document();
        doc.add(new StringField(ID, r.id().toString(), Field.Store.NO));
        doc.add(new StringField(TYPE, r.type().name(), Field.Store.NO));
        List<String> identifierKeys = List.copyOf(IdentifierKeys.of(r.data()));
        identifierKeys.forEach(key -> doc.add(new StringField(KEY, key, Field.Store.NO)));
        List<CandidateFacts.NameForm> names = new ArrayList<>();
        for (String form : nameForms(r.data())) {
            NormalizedName normalized = this.names.normalize(form);
            names.add(new CandidateFacts.NameForm(form, normalized.tokens()));
            this.names.keys(normalized).forEach(key -> doc.add(new Field(NAME_KEY, key, NAME_KEY_TYPE)));
        }
        if (!names.isEmpty()) {
            doc.add(new NumericDocValuesField(NAME_SIGNATURE, signature(names)));
        }
        PersonData person = r.data() instanceof PersonData p ? p : null;
        if (person != null) {
            if (person.dateOfBirth() != null) {
                doc.add(new StringField(BIRTH_YEAR, person.dateOfBirth().toString().substring(0, 4), Field.Store.NO));
            }
            person.nationalities().forEach(n -> doc.add(new StringField(NATIONALITY, n, Field.Store.NO)));
            if (person.sex() != null) {
                doc.add(new StringField(SEX, person.sex().name(), Field.Store.NO));
            }
        }
        CandidateFacts facts = new CandidateFacts(r.id(), r.type(), r.label(),
                new RecordSharing(r.ownerMember(), r.sharingLevel(), Set.copyOf(r.sharedWith())), identifierKeys,
                person == null || person.dateOfBirth() == null ? null : person.dateOfBirth().toString(),
                person == null || person.sex() == null || person.sex() == PersonData.Sex.UNKNOWN ? null
                        : person.sex().name(),
                person == null ? List.of() : person.nationalities(), names);
        doc.add(new BinaryDocValuesField(FACTS, facts.encode()));
        return doc;
    }

    private static FieldType nameKeyType() {
        FieldType type = new FieldType(StringField.TYPE_NOT_STORED);
        type.setOmitNorms(false);
        type.freeze();
        return type;
    }

    /** The same for records of exactly the same names (as normalised), whatever else differs: namesakes. */
    private static long signature(List<CandidateFacts.NameForm> names) {
        List<String> words = new ArrayList<>();
        names.forEach(n -> n.tokens().forEach(t -> words.add(t.folded())));
        Collections.sort(words);
        long h = 1125899906842597L;
        for (String w : words) {
            for (int i = 0; i < w.length(); i++) {
                h = 31 * h + w.charAt(i);
            }
            h = 31 * h + ' ';
        }
        return h;
    }

    /** A person's names in their own script and in Latin letters; an organisation's names. */
    private static List<String> nameForms(RecordData data) {
        List<String> forms = new ArrayList<>();
        switch (data) {
            case PersonData p -> p.names().forEach(n -> {
                forms.add(n.full());
                if (n.latin() != null) {
                    forms.add(n.latin());
                }
            });
            case OrganisationData o -> forms.addAll(o.names());
            default -> {
            }
        }
        return forms;
    }
}
