package org.talksbot.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.FlattenGraphFilter;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.PatternKeywordMarkerFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.util.CharsRef;
import org.apache.lucene.util.CharsRefBuilder;

/**
 * English analysis (possessives, stop words, Porter stemming) with ASCII folding, plus every
 * spelling of a place (Stepanakert, Khankendi; Lachin, Laçın, Berdzor) also indexed as the place's
 * own token, so any spelling finds the others.
 */
final class ItemAnalyzer extends Analyzer {

    private static final Pattern PLACE_TOKEN = Pattern.compile("zzplace.*");
    /** Words kept analysed: plenty for what users ask, and at most about half a megabyte of heap. */
    private static final int MAX_ANALYSED = 2_000;

    private final SynonymMap placeNames;
    /**
     * The terms of the words questions use, each analysed once: the same few words are analysed several
     * times per question. Bounded: past the limit, words are analysed each time.
     */
    private final Map<String, Set<String>> analysed = new ConcurrentHashMap<>();

    ItemAnalyzer(Collection<Place> places) {
        this.placeNames = synonyms(places);
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new StandardTokenizer();
        TokenStream stream = new EnglishPossessiveFilter(source);
        stream = new LowerCaseFilter(stream);
        stream = new ASCIIFoldingFilter(stream);
        if (placeNames.fst != null) {
            stream = new FlattenGraphFilter(new SynonymGraphFilter(stream, placeNames, true));
        }
        stream = new StopFilter(stream, EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
        stream = new PatternKeywordMarkerFilter(stream, PLACE_TOKEN);
        stream = new PorterStemFilter(stream);
        return new TokenStreamComponents(source, stream);
    }

    /** "86,600" and "86600" are one number: thousands separators go before the words are split. */
    private static final Pattern THOUSANDS = Pattern.compile("(?<=\\d)[,.](?=\\d{3}(?!\\d))");

    @Override
    protected java.io.Reader initReader(String fieldName, java.io.Reader reader) {
        return new org.apache.lucene.analysis.pattern.PatternReplaceCharFilter(THOUSANDS, "", reader);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new ASCIIFoldingFilter(new LowerCaseFilter(in));
    }

    /** The distinct terms of a text, as the index holds them (a set of the caller's own). */
    Set<String> terms(String text) {
        String key = text == null ? "" : text;
        Set<String> known = analysed.get(key);
        if (known == null) {
            known = analyse(key);
            if (analysed.size() < MAX_ANALYSED) {
                analysed.put(key, known);
            }
        }
        return new LinkedHashSet<>(known);
    }

    private Set<String> analyse(String text) {
        Set<String> terms = new LinkedHashSet<>();
        try (TokenStream stream = tokenStream("text", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return terms;
    }

    private static SynonymMap synonyms(Collection<Place> places) {
        SynonymMap.Builder builder = new SynonymMap.Builder(true);
        for (Place place : places) {
            CharsRef token = new CharsRef(place.token());
            for (String name : names(place)) {
                List<String> words = Words.split(name);
                if (!words.isEmpty()) {
                    builder.add(SynonymMap.Builder.join(words.toArray(String[]::new), new CharsRefBuilder()),
                            token, true);
                }
            }
        }
        try {
            return builder.build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> names(Place place) {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(place.name()), place.otherNames().stream())
                .toList();
    }
}
