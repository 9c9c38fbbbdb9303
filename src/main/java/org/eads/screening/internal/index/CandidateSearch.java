package org.eads.screening.internal.index;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.eads.records.RecordType;
import org.eads.screening.internal.names.NameComparison;
import org.eads.screening.internal.names.NameNormalizer;
import org.eads.screening.internal.names.NameSimilarity;
import org.eads.screening.internal.names.NormalizedName;
import org.eads.screening.internal.names.TokenMatch;
import org.eads.sharing.RecordSharing;
import org.eads.sharing.SharingLevel;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Component;

/**
 * Finds candidates in the index (exact identifier keys; the name engine's keys of every name form: exact, folded,
 * variant, romanisation and phonetic) and scores each one feature by feature: an identifier key is a certain match;
 * a name is compared with each of the record's name forms by {@link NameSimilarity}; a date of birth that agrees or
 * contradicts moves the score.
 */
@Component
@ConditionalOnWebApplication
public class CandidateSearch {

    private static final int CANDIDATES = 100;

    private final SearchIndex index;
    private final NameNormalizer names;
    private final NameSimilarity similarity;

    CandidateSearch(SearchIndex index, NameNormalizer names, NameSimilarity similarity) {
        this.index = index;
        this.names = names;
        this.similarity = similarity;
    }

    /** What the index and the scorer know of one candidate. */
    public record Candidate(UUID id, RecordType type, String label, RecordSharing sharing, double score,
                            List<String> explanation) {
    }

    /** The question in index terms: identifier keys, a name, a date of birth, record types. */
    public record Question(Set<String> keys, String name, String dateOfBirth, Set<RecordType> types) {
    }

    public static Set<String> identifierKeys(String type, String value, String country) {
        return IdentifierKeys.ofQuery(type, value, country);
    }

    public List<Candidate> find(Question q) {
        NormalizedName name = q.name() == null ? null : names.normalize(q.name());
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        q.keys().forEach(k -> any.add(new TermQuery(new Term(RecordDocuments.KEY, k)), BooleanClause.Occur.SHOULD));
        if (name != null) {
            names.keys(name).forEach(k -> any.add(new TermQuery(new Term(RecordDocuments.NAME_KEY, k)),
                    BooleanClause.Occur.SHOULD));
        }
        Query query = any.build();
        if (!q.types().isEmpty()) {
            BooleanQuery.Builder types = new BooleanQuery.Builder();
            q.types().forEach(t -> types.add(new TermQuery(new Term(RecordDocuments.TYPE, t.name())),
                    BooleanClause.Occur.SHOULD));
            query = new BooleanQuery.Builder().add(query, BooleanClause.Occur.MUST)
                    .add(types.build(), BooleanClause.Occur.FILTER).build();
        }
        Query finalQuery = query;
        return index.search(searcher -> {
            TopDocs top = searcher.search(finalQuery, CANDIDATES);
            List<Candidate> out = new ArrayList<>(top.scoreDocs.length);
            var stored = searcher.storedFields();
            for (ScoreDoc sd : top.scoreDocs) {
                out.add(score(stored.document(sd.doc), q, name));
            }
            return out;
        });
    }

    private Candidate score(Document doc, Question q, NormalizedName name) {
        List<String> why = new ArrayList<>();
        double score = 0;
        for (String key : doc.getValues(RecordDocuments.KEY)) {
            if (q.keys().contains(key)) {
                score = 1;
                why.add((key.contains("_OCR:") ? "identifier matches when OCR confusions are allowed: "
                        : "identifier matches: ") + key.substring(0, key.indexOf(':')).replace("_OCR", ""));
            }
        }
        if (name != null) {
            NameComparison best = null;
            String bestForm = null;
            for (String form : doc.getValues(RecordDocuments.NAME)) {
                NameComparison c = similarity.compare(name, names.normalize(form));
                if (best == null || c.score() > best.score()) {
                    best = c;
                    bestForm = form;
                }
            }
            if (best != null) {
                score = Math.max(score, best.score());
                why.add(String.format("name %.2f against '%s'", best.score(), bestForm));
                for (TokenMatch t : best.explanation()) {
                    why.add(t.query() + (t.candidate() == null || t.candidate().isEmpty() ? "" : " ~ " + t.candidate())
                            + ": " + t.kind().name().toLowerCase());
                }
            }
        }
        String dob = doc.get(RecordDocuments.DATE_OF_BIRTH);
        if (q.dateOfBirth() != null && dob != null) {
            if (dob.startsWith(q.dateOfBirth()) || q.dateOfBirth().startsWith(dob)) {
                score = Math.min(1, score + 0.05);
                why.add("date of birth agrees (" + dob + ")");
            } else {
                score *= 0.6;
                why.add("date of birth differs (" + dob + ")");
            }
        }
        Set<String> shared = new HashSet<>(List.of(doc.getValues(RecordDocuments.SHARED_WITH)));
        RecordSharing sharing = new RecordSharing(doc.get(RecordDocuments.OWNER),
                SharingLevel.valueOf(doc.get(RecordDocuments.LEVEL)), shared);
        return new Candidate(UUID.fromString(doc.get(RecordDocuments.ID)), RecordType.valueOf(doc.get(RecordDocuments.TYPE)),
                doc.get(RecordDocuments.LABEL), sharing, score, why);
    }
}
