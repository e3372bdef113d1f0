package org.talksbot.search;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.Query;

/** What building an item query asks of the index: whether it holds a term, and a term's near spellings. */
interface IndexTerms {

    /** Whether the text of some item holds this (analysed) term. */
    boolean hasTerm(String term);

    /** The text terms within {@code edits} edits of this one (the first letter kept), at most 20 of them. */
    default Query nearSpellings(String term, int edits) {
        return new FuzzyQuery(new Term(IndexBuilder.TEXT, term), edits, 1, 20, true);
    }
}
