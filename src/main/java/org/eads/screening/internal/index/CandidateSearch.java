package org.eads.screening.internal.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.eads.records.RecordType;
import org.eads.sharing.RecordSharing;
import org.eads.sharing.SharingLevel;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Component;

/**
 * Finds candidates in the index (exact identifier keys, name tokens exact and fuzzy) and scores each one feature by
 * feature: an identifier key is a certain match; names by the share of the query's tokens that the candidate's name
 * has, exactly or nearly (Jaro-Winkler); a date of birth that agrees or contradicts moves the score.
 */
@Component
@ConditionalOnWebApplication
public class CandidateSearch {

    private static final int CANDIDATES = 100;
    private static final double NEAR = 0.9;

    private final SearchIndex index;
    private final NameAnalyzer analyzer = new NameAnalyzer();
    private final JaroWinklerSimilarity jaroWinkler = new JaroWinklerSimilarity();

    CandidateSearch(SearchIndex index) {
        this.index = index;
    }

    /** What the index and the scorer know of one candidate. */
    public record Candidate(UUID id, RecordType type, String label, RecordSharing sharing, double score,
                            List<String> explanation) {
    }

    /** The question in index terms: identifier keys, name tokens, date of birth, record types. */
    public record Question(Set<String> keys, String name, String dateOfBirth, Set<RecordType> types) {
    }

    public static Set<String> identifierKeys(String type, String value, String country) {
        return IdentifierKeys.ofQuery(type, value, country);
    }

    public List<Candidate> find(Question q) {
        List<String> nameTokens = q.name() == null ? List.of() : tokens(q.name());
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        q.keys().forEach(k -> any.add(new TermQuery(new Term(RecordDocuments.KEY, k)), BooleanClause.Occur.SHOULD));
        for (String t : nameTokens) {
            any.add(new TermQuery(new Term(RecordDocuments.NAME, t)), BooleanClause.Occur.SHOULD);
            if (t.length() > 4) {
                any.add(new FuzzyQuery(new Term(RecordDocuments.NAME, t), 1), BooleanClause.Occur.SHOULD);
            }
        }
        Query query = any.build();
        if (!q.types().isEmpty()) {
            BooleanQuery.Builder types = new BooleanQuery.Builder();
            q.types().forEach(t -> types.add(new TermQuery(new Term(RecordDocuments.TYPE, t.name())), BooleanClause.Occur.SHOULD));
            query = new BooleanQuery.Builder().add(query, BooleanClause.Occur.MUST)
                    .add(types.build(), BooleanClause.Occur.FILTER).build();
        }
        Query finalQuery = query;
        return index.search(searcher -> {
            TopDocs top = searcher.search(finalQuery, CANDIDATES);
            List<Candidate> out = new ArrayList<>(top.scoreDocs.length);
            var stored = searcher.storedFields();
            for (ScoreDoc sd : top.scoreDocs) {
                out.add(score(stored.document(sd.doc), q, nameTokens));
            }
            return out;
        });
    }

    private Candidate score(Document doc, Question q, List<String> nameTokens) {
        List<String> why = new ArrayList<>();
        double score = 0;
        for (String key : doc.getValues(RecordDocuments.KEY)) {
            if (q.keys().contains(key)) {
                score = 1;
                why.add((key.contains("_OCR:") ? "identifier matches when OCR confusions are allowed: " : "identifier matches: ")
                        + key.substring(0, key.indexOf(':')).replace("_OCR", ""));
            }
        }
        String label = doc.get(RecordDocuments.LABEL);
        RecordType type = RecordType.valueOf(doc.get(RecordDocuments.TYPE));
        if (!nameTokens.isEmpty()) {
            List<String> candidate = tokens(label);
            int exact = 0;
            double near = 0;
            for (String t : nameTokens) {
                if (candidate.contains(t)) {
                    exact++;
                } else {
                    double best = candidate.stream().mapToDouble(c -> jaroWinkler.apply(t, c)).max().orElse(0);
                    if (best >= NEAR) {
                        near += best;
                        why.add("name part '" + t + "' is close to one of the record's");
                    }
                }
            }
            if (exact > 0) {
                why.add(exact + " of " + nameTokens.size() + " name parts match exactly");
            }
            score = Math.max(score, (exact + 0.8 * near) / nameTokens.size());
        }
        String dob = doc.get(RecordDocuments.DATE_OF_BIRTH);
        if (q.dateOfBirth() != null && dob != null) {
            if (dob.startsWith(q.dateOfBirth()) || q.dateOfBirth().startsWith(dob)) {
                score = Math.min(1, score + 0.1);
                why.add("date of birth agrees (" + dob + ")");
            } else {
                score *= 0.6;
                why.add("date of birth differs (" + dob + ")");
            }
        }
        Set<String> shared = new HashSet<>(List.of(doc.getValues(RecordDocuments.SHARED_WITH)));
        RecordSharing sharing = new RecordSharing(doc.get(RecordDocuments.OWNER),
                SharingLevel.valueOf(doc.get(RecordDocuments.LEVEL)), shared);
        return new Candidate(UUID.fromString(doc.get(RecordDocuments.ID)), type, label, sharing, score, why);
    }

    List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream(RecordDocuments.NAME, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(term.toString());
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
