package org.eads.screening.internal.index;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
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
import org.eads.screening.internal.names.NameTokenCodec;
import org.eads.screening.internal.names.NormalizedName;
import org.eads.screening.internal.names.TokenMatch;
import org.eads.sharing.RecordSharing;
import org.eads.sharing.SharingLevel;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Component;

/**
 * Finds candidates in the index (exact identifier keys; the name engine's keys of every name form: exact, folded,
 * variant, romanisation and phonetic) and scores each one feature by feature: an identifier key is a certain match;
 * a name is compared with each of the record's name forms by {@link NameSimilarity}; a date of birth, sex or
 * nationality that agrees or contradicts moves the score. Candidates come back best first.
 */
@Component
@ConditionalOnWebApplication
public class CandidateSearch {

    private static final int CANDIDATES = 100;
    private static final double DOB_AGREES = 0.05;
    private static final double DOB_DIFFERS = 0.6;
    private static final double SEX_DIFFERS = 0.8;
    private static final double NATIONALITY_AGREES = 0.02;
    private static final double NATIONALITY_DIFFERS = 0.92;

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

    /**
     * The question in index terms: identifier keys, a name, and what else the searcher knows (a date of birth, full
     * or partial; sex as MALE or FEMALE; a nationality as an ICAO code), and the record types to search.
     */
    public record Question(Set<String> keys, String name, String dateOfBirth, String sex, String nationality,
                           Set<RecordType> types) {
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
            out.sort(Comparator.comparingDouble(Candidate::score).reversed());
            return out;
        });
    }

    private Candidate score(Document doc, Question q, NormalizedName name) {
        List<String> why = new ArrayList<>();
        double score = identifiers(doc, q, why);
        if (name != null) {
            score = Math.max(score, name(doc, name, why));
        }
        score = dateOfBirth(doc, q, score, why);
        score = sex(doc, q, score, why);
        score = nationality(doc, q, score, why);
        Set<String> shared = new HashSet<>(List.of(doc.getValues(RecordDocuments.SHARED_WITH)));
        RecordSharing sharing = new RecordSharing(doc.get(RecordDocuments.OWNER),
                SharingLevel.valueOf(doc.get(RecordDocuments.LEVEL)), shared);
        return new Candidate(UUID.fromString(doc.get(RecordDocuments.ID)), RecordType.valueOf(doc.get(RecordDocuments.TYPE)),
                doc.get(RecordDocuments.LABEL), sharing, score, why);
    }

    /** An identifier key in common is a certain match. */
    private static double identifiers(Document doc, Question q, List<String> why) {
        double score = 0;
        for (String key : doc.getValues(RecordDocuments.KEY)) {
            if (q.keys().contains(key)) {
                score = 1;
                why.add((key.contains("_OCR:") ? "identifier matches when OCR confusions are allowed: "
                        : "identifier matches: ") + key.substring(0, key.indexOf(':')).replace("_OCR", ""));
            }
        }
        return score;
    }

    /** The best of the name compared with each of the record's name forms, as the index stored them normalised. */
    private double name(Document doc, NormalizedName name, List<String> why) {
        String[] forms = doc.getValues(RecordDocuments.NAME);
        String[] tokens = doc.getValues(RecordDocuments.NAME_TOKENS);
        NameComparison best = null;
        String bestForm = null;
        for (int i = 0; i < forms.length; i++) {
            NameComparison c = similarity.compare(name.tokens(), NameTokenCodec.decode(tokens[i]));
            if (best == null || c.score() > best.score()) {
                best = c;
                bestForm = forms[i];
            }
        }
        if (best == null) {
            return 0;
        }
        why.add(String.format("name %.2f against '%s'", best.score(), bestForm));
        for (TokenMatch t : best.explanation()) {
            why.add(t.query() + (t.candidate() == null || t.candidate().isEmpty() ? "" : " ~ " + t.candidate())
                    + ": " + t.kind().name().toLowerCase(Locale.ROOT));
        }
        return best.score();
    }

    /** A date of birth that agrees (as far as both are known) raises the score; one that differs lowers it much. */
    private static double dateOfBirth(Document doc, Question q, double score, List<String> why) {
        String dob = doc.get(RecordDocuments.DATE_OF_BIRTH);
        if (q.dateOfBirth() == null || dob == null) {
            return score;
        }
        if (dob.startsWith(q.dateOfBirth()) || q.dateOfBirth().startsWith(dob)) {
            why.add("date of birth agrees (" + dob + ")");
            return Math.min(1, score + DOB_AGREES);
        }
        why.add("date of birth differs (" + dob + ")");
        return score * DOB_DIFFERS;
    }

    /** A different sex tells against the match, though records get it wrong now and then. */
    private static double sex(Document doc, Question q, double score, List<String> why) {
        String sex = doc.get(RecordDocuments.SEX);
        if (q.sex() == null || sex == null) {
            return score;
        }
        if (sex.equals(q.sex())) {
            why.add("sex agrees (" + sex.toLowerCase(Locale.ROOT) + ")");
            return score;
        }
        why.add("sex differs (" + sex.toLowerCase(Locale.ROOT) + ")");
        return score * SEX_DIFFERS;
    }

    /**
     * A nationality in common adds a little; none in common takes a little away: people hold several, change them,
     * and travel on other documents.
     */
    private static double nationality(Document doc, Question q, double score, List<String> why) {
        String[] held = doc.getValues(RecordDocuments.NATIONALITY);
        if (q.nationality() == null || held.length == 0) {
            return score;
        }
        if (List.of(held).contains(q.nationality())) {
            why.add("nationality agrees (" + q.nationality() + ")");
            return Math.min(1, score + NATIONALITY_AGREES);
        }
        why.add("nationality differs (" + String.join(", ", held) + ")");
        return score * NATIONALITY_DIFFERS;
    }
}
