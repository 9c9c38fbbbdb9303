package org.eads.screening.internal.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.IOFunction;
import org.eads.records.RecordType;
import org.eads.screening.internal.names.NameComparison;
import org.eads.screening.internal.names.NameNormalizer;
import org.eads.screening.internal.names.NameSimilarity;
import org.eads.screening.internal.names.NameToken;
import org.eads.screening.internal.names.NormalizedName;
import org.eads.screening.internal.names.TokenMatch;
import org.eads.sharing.RecordSharing;
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
    /** Hits read from the index, from which the candidates are chosen with few namesakes each. */
    private static final int POOL = 400;
    private static final int NAMESAKES = 10;
    /** What a birth year, sex or nationality in common adds to a candidate's rank among its namesakes. */
    private static final float TOLD_WEIGHT = 0.5f;
    /** How much a word's other keys in common add to its best one. */
    private static final float TIE_BREAKER = 0.1f;
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

    /**
     * What the index and the scorer know of one candidate.
     *
     * @param indexRank where the index placed it among the candidates, from 0, before the scorer weighed them
     */
    public record Candidate(UUID id, RecordType type, String label, RecordSharing sharing, double score,
                            List<String> explanation, int indexRank) {
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
            name.tokens().forEach(token -> any.add(word(token), BooleanClause.Occur.SHOULD));
        }
        Query query = any.build();
        if (name != null) {
            query = namesakesTold(query, q);
        }
        if (!q.types().isEmpty()) {
            BooleanQuery.Builder types = new BooleanQuery.Builder();
            q.types().forEach(t -> types.add(new TermQuery(new Term(RecordDocuments.TYPE, t.name())),
                    BooleanClause.Occur.SHOULD));
            query = new BooleanQuery.Builder().add(query, BooleanClause.Occur.MUST)
                    .add(types.build(), BooleanClause.Occur.FILTER).build();
        }
        Query finalQuery = query;
        return index.search(searcher -> {
            ScoreDoc[] hits = fewNamesakes(searcher, searcher.search(finalQuery, POOL).scoreDocs);
            List<Candidate> out = new ArrayList<>(hits.length);
            NameSimilarity.Comparer comparer = name == null ? null : similarity.comparer(name);
            List<CandidateFacts> facts = facts(searcher, hits);
            for (int rank = 0; rank < facts.size(); rank++) {
                if (facts.get(rank) != null) {
                    out.add(score(facts.get(rank), q, comparer, rank));
                }
            }
            out.sort(Comparator.comparingDouble(Candidate::score).reversed());
            return out;
        });
    }

    /**
     * The first {@link #CANDIDATES} of the hits, with at most {@link #NAMESAKES} records of any one name: a common
     * name held by hundreds of records would otherwise fill every place, and a spelling variant of it, or a record
     * of the same person under a fuller name, would never be scored.
     */
    private static ScoreDoc[] fewNamesakes(IndexSearcher searcher, ScoreDoc[] hits) throws IOException {
        List<Long> names = perHit(searcher, hits, leaf -> {
            NumericDocValues values = leaf.getNumericDocValues(RecordDocuments.NAME_SIGNATURE);
            return doc -> values != null && values.advanceExact(doc) ? values.longValue() : null;
        });
        Map<Long, Integer> seen = new HashMap<>();
        List<ScoreDoc> kept = new ArrayList<>(CANDIDATES);
        for (int i = 0; i < hits.length && kept.size() < CANDIDATES; i++) {
            Long name = names.get(i);
            if (name == null || seen.merge(name, 1, Integer::sum) <= NAMESAKES) {
                kept.add(hits[i]);
            }
        }
        return kept.toArray(ScoreDoc[]::new);
    }

    /**
     * Among namesakes, those born in the year asked for, of the sex and the nationality asked for, come first: the
     * candidates hold at most {@link #NAMESAKES} of one name.
     */
    private static Query namesakesTold(Query name, Question q) {
        BooleanQuery.Builder told = new BooleanQuery.Builder().add(name, BooleanClause.Occur.MUST);
        if (q.dateOfBirth() != null && q.dateOfBirth().length() >= 4) {
            told.add(new BoostQuery(new TermQuery(new Term(RecordDocuments.BIRTH_YEAR,
                    q.dateOfBirth().substring(0, 4))), TOLD_WEIGHT), BooleanClause.Occur.SHOULD);
        }
        if (q.nationality() != null) {
            told.add(new BoostQuery(new TermQuery(new Term(RecordDocuments.NATIONALITY, q.nationality())),
                    TOLD_WEIGHT), BooleanClause.Occur.SHOULD);
        }
        if (q.sex() != null) {
            told.add(new BoostQuery(new TermQuery(new Term(RecordDocuments.SEX, q.sex())), TOLD_WEIGHT),
                    BooleanClause.Occur.SHOULD);
        }
        return told.build();
    }

    /**
     * One word of the name: the best of its keys counts (weighted by what it says, and by how rare it is), so that a
     * candidate that has every word in some spelling ranks above one that shares many keys of a single word.
     */
    private static Query word(NameToken token) {
        List<Query> keys = new ArrayList<>();
        for (String key : NameNormalizer.keys(token)) {
            keys.add(new BoostQuery(new TermQuery(new Term(RecordDocuments.NAME_KEY, key)), NameNormalizer.weight(key)));
        }
        return new DisjunctionMaxQuery(keys, TIE_BREAKER);
    }

    /** Reads a value of each document of one index segment, the documents asked for in increasing order. */
    private interface SegmentValues<T> {
        T of(int doc) throws IOException;
    }

    /**
     * A value per hit, in the order of the hits, read segment by segment in document order as doc values must be.
     */
    private static <T> List<T> perHit(IndexSearcher searcher, ScoreDoc[] hits,
                                      IOFunction<LeafReader, SegmentValues<T>> open) throws IOException {
        Integer[] byDoc = new Integer[hits.length];
        Arrays.setAll(byDoc, i -> i);
        Arrays.sort(byDoc, Comparator.comparingInt(i -> hits[i].doc));
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        List<T> out = new ArrayList<>(Collections.nCopies(hits.length, null));
        SegmentValues<T> values = null;
        int leaf = -1;
        for (int hit : byDoc) {
            int at = ReaderUtil.subIndex(hits[hit].doc, leaves);
            if (at != leaf) {
                leaf = at;
                values = open.apply(leaves.get(at).reader());
            }
            out.set(hit, values.of(hits[hit].doc - leaves.get(at).docBase));
        }
        return out;
    }

    /** The candidates' facts, in the order of the hits. */
    private static List<CandidateFacts> facts(IndexSearcher searcher, ScoreDoc[] hits) throws IOException {
        return perHit(searcher, hits, leaf -> {
            BinaryDocValues values = leaf.getBinaryDocValues(RecordDocuments.FACTS);
            return doc -> values != null && values.advanceExact(doc) ? CandidateFacts.decode(values.binaryValue())
                    : null;
        });
    }

    private static Candidate score(CandidateFacts doc, Question q, NameSimilarity.Comparer name, int rank) {
        List<String> why = new ArrayList<>();
        double score = identifiers(doc, q, why);
        if (name != null) {
            score = Math.max(score, name(doc, name, why));
        }
        score = dateOfBirth(doc, q, score, why);
        score = sex(doc, q, score, why);
        score = nationality(doc, q, score, why);
        return new Candidate(doc.id(), doc.type(), doc.label(), doc.sharing(), score, why, rank);
    }

    /** An identifier key in common is a certain match. */
    private static double identifiers(CandidateFacts doc, Question q, List<String> why) {
        double score = 0;
        for (String key : doc.identifierKeys()) {
            if (q.keys().contains(key)) {
                score = 1;
                why.add((key.contains("_OCR:") ? "identifier matches when OCR confusions are allowed: "
                        : "identifier matches: ") + key.substring(0, key.indexOf(':')).replace("_OCR", ""));
            }
        }
        return score;
    }

    /** The best of the name compared with each of the record's name forms, as the index stored them normalised. */
    private static double name(CandidateFacts doc, NameSimilarity.Comparer name, List<String> why) {
        NameComparison best = null;
        String bestForm = null;
        for (CandidateFacts.NameForm form : doc.names()) {
            NameComparison c = name.compare(form.tokens());
            if (best == null || c.score() > best.score()) {
                best = c;
                bestForm = form.written();
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
    private static double dateOfBirth(CandidateFacts doc, Question q, double score, List<String> why) {
        String dob = doc.dateOfBirth();
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
    private static double sex(CandidateFacts doc, Question q, double score, List<String> why) {
        String sex = doc.sex();
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
    private static double nationality(CandidateFacts doc, Question q, double score, List<String> why) {
        List<String> held = doc.nationalities();
        if (q.nationality() == null || held.isEmpty()) {
            return score;
        }
        if (held.contains(q.nationality())) {
            why.add("nationality agrees (" + q.nationality() + ")");
            return Math.min(1, score + NATIONALITY_AGREES);
        }
        why.add("nationality differs (" + String.join(", ", held) + ")");
        return score * NATIONALITY_DIFFERS;
    }
}
