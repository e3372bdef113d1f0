package org.talksbot.search;

import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;

/** The Porter stem of one (folded) word, as the index's analysis would give it. */
final class Stems {

    private Stems() {
    }

    static String of(String word) {
        KeywordTokenizer tokenizer = new KeywordTokenizer();
        tokenizer.setReader(new StringReader(word));
        try (TokenStream stream = new PorterStemFilter(tokenizer)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            String stem = stream.incrementToken() ? term.toString() : word;
            stream.end();
            return stem;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
