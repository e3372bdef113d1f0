package org.talksbot.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;

/** One built index with the items and names it was built from; never changes once built. */
final class IndexSnapshot {

    /** Best match first; equal scores go to the newer item. */
    private static final Sort BY_SCORE = new Sort(SortField.FIELD_SCORE,
            new SortField(IndexBuilder.DAY, SortField.Type.LONG, true));
    private static final Sort NEWEST_FIRST = new Sort(new SortField(IndexBuilder.DAY, SortField.Type.LONG, true),
            SortField.FIELD_SCORE);

    private final IndexSearcher searcher;
    private final Map<String, IndexedItem> items;
    private final Vocabulary vocabulary;
    private final ItemAnalyzer analyzer;
    private final long revision;
    private final Map<String, List<String>> thirdParties;
    private final Map<String, List<PersonRoles.DatedRole>> roles;

    IndexSnapshot(IndexSearcher searcher, Map<String, IndexedItem> items,
                  Vocabulary vocabulary, ItemAnalyzer analyzer, long revision,
                  Map<String, List<String>> thirdParties, Map<String, List<PersonRoles.DatedRole>> roles) {
        this.thirdParties = thirdParties;
        this.roles = roles;
        this.searcher = searcher;
        this.items = items;
        this.vocabulary = vocabulary;
        this.analyzer = analyzer;
        this.revision = revision;
    }

    /** Up to {@code limit} items matching the query, skipping the first {@code offset}. */
    List<IndexedItem> search(Query query, int offset, int limit, boolean newestFirst) {
        try {
            TopDocs top = searcher.search(query, offset + limit, newestFirst ? NEWEST_FIRST : BY_SCORE, false);
            StoredFields stored = searcher.storedFields();
            List<IndexedItem> found = new ArrayList<>();
            for (int i = offset; i < top.scoreDocs.length; i++) {
                ScoreDoc hit = top.scoreDocs[i];
                found.add(items.get(stored.document(hit.doc).get(IndexBuilder.ID)));
            }
            return found;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The newest items of one kind ({@link IndexBuilder#EVENT} or {@link IndexBuilder#QUOTE}). */
    List<IndexedItem> newest(String kind, int offset, int limit) {
        return search(new TermQuery(new Term(IndexBuilder.KIND, kind)), offset, limit, true);
    }

    /** Whether the text of some item holds this (analysed) term. */
    boolean hasTerm(String term) {
        try {
            return searcher.getIndexReader().docFreq(new Term(IndexBuilder.TEXT, term)) > 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The third parties (hosts, mediators) of each event between the two sides held with them. */
    Map<String, List<String>> thirdParties() {
        return thirdParties;
    }

    /** Every role of each person, dated. */
    Map<String, List<PersonRoles.DatedRole>> roles() {
        return roles;
    }

    /** Every item, in no particular order. */
    java.util.Collection<IndexedItem> items() {
        return items.values();
    }

    IndexedItem item(String id) {
        return items.get(id);
    }

    Vocabulary vocabulary() {
        return vocabulary;
    }

    ItemAnalyzer analyzer() {
        return analyzer;
    }

    long revision() {
        return revision;
    }

    int size() {
        return items.size();
    }
}
