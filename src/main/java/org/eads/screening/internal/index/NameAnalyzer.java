package org.eads.screening.internal.index;

import com.ibm.icu.text.Transliterator;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.icu.ICUTransformFilter;
import org.apache.lucene.analysis.icu.segmentation.ICUTokenizer;

/**
 * Names in any script as folded Latin tokens: ICU segments words (Thai, Lao, Khmer and Burmese have no spaces),
 * converts other scripts to Latin, and only then folds marks away.
 */
final class NameAnalyzer extends Analyzer {

    private final Transliterator toLatinAscii = Transliterator.getInstance("Any-Latin; Latin-ASCII");

    @Override
    protected TokenStreamComponents createComponents(String field) {
        Tokenizer tokenizer = new ICUTokenizer();
        TokenStream stream = new ICUTransformFilter(tokenizer, toLatinAscii);
        return new TokenStreamComponents(tokenizer, new LowerCaseFilter(stream));
    }
}
