package org.talksbot.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
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
final class IndexSnapshot implements IndexTerms {

    /** Best match first; equal scores go to the newer item. */
    private static final Sort BY_SCORE = new Sort(SortField.FIELD_SCORE,
            new SortField(IndexBuilder.DAY, SortField.Type.LONG, true));
    private static final Sort NEWEST_FIRST = new Sort(new SortField(IndexBuilder.DAY, SortField.Type.LONG, true),
            SortField.FIELD_SCORE);
    /**
     * Misspelt words kept expanded; each holds at most 20 terms with their statistics (a few KB), so the
     * words users type cannot take more than about a megabyte or two of the bot's small heap.
     */
    private static final int MAX_NEAR_SPELLINGS = 500;

    private final IndexSearcher searcher;
    private final Map<String, IndexedItem> items;
    private final Vocabulary vocabulary;
    private final ItemAnalyzer analyzer;
    private final long revision;
    private final Map<String, List<String>> thirdParties;
    private final Map<String, List<IndexedItem>> quotesByEvent;
    /** The item of each Lucene document, read once, so a search never decodes stored fields. */
    private final IndexedItem[] byDoc;
    private final Map<String, List<PersonRoles.DatedRole>> roles;
    /**
     * Near spellings of the misspelt words seen, expanded to the terms they match: building a word's
     * Levenshtein automata costs more than the search itself, and the answer depends only on this index,
     * which never changes. Bounded: past the limit, words are expanded each time.
     */
    private final Map<String, Query> nearSpellings = new ConcurrentHashMap<>();
    /** Item texts folded as names are, for the answers that look for a name in them; one per item at most. */
    private final Map<String, String> foldedBodies = new ConcurrentHashMap<>();

    IndexSnapshot(IndexSearcher searcher, Map<String, IndexedItem> items,
                  Vocabulary vocabulary, ItemAnalyzer analyzer, long revision,
                  Map<String, List<String>> thirdParties, Map<String, List<PersonRoles.DatedRole>> roles) {
        this.thirdParties = thirdParties;
        this.byDoc = byDoc(searcher, items);
        Map<String, List<IndexedItem>> byEvent = new java.util.HashMap<>();
        items.values().stream().filter(i -> i.item() instanceof org.talksbot.ask.Item.OfQuote q
                        && q.quote().eventId() != null)
                .sorted(java.util.Comparator.comparing(IndexedItem::item, org.talksbot.ask.Item.NEWEST_FIRST))
                .forEach(i -> byEvent.computeIfAbsent(((org.talksbot.ask.Item.OfQuote) i.item()).quote().eventId(),
                        k -> new ArrayList<>()).add(i));
        this.quotesByEvent = byEvent;
        this.roles = roles;
        this.searcher = searcher;
        this.items = items;
        this.vocabulary = vocabulary;
        this.analyzer = analyzer;
        this.revision = revision;
    }

    /** Up to {@code limit} items matching the query, skipping the first {@code offset}. */
    List<IndexedItem> search(Query query, int offset, int limit, boolean newestFirst) {
        return search(query, offset, limit, newestFirst, limit);
    }

    /** As above, reordering only the first {@code page} items (the rest only tell whether more follow). */
    List<IndexedItem> search(Query query, int offset, int limit, boolean newestFirst, int page) {
        try {
            TopDocs top = searcher.search(query, offset + limit, newestFirst ? NEWEST_FIRST : BY_SCORE, false);
            List<IndexedItem> found = new ArrayList<>();
            List<Integer> tiers = new ArrayList<>();
            float best = top.scoreDocs.length == 0 || newestFirst ? 0 : score(top.scoreDocs[0]);
            for (int i = offset; i < top.scoreDocs.length; i++) {
                ScoreDoc hit = top.scoreDocs[i];
                found.add(byDoc[hit.doc]);
                tiers.add(newestFirst ? 0 : tier(score(hit), best));
            }
            if (newestFirst || found.size() <= 1) {
                return found;
            }
            int cut = Math.min(page, found.size());
            List<IndexedItem> ordered = new ArrayList<>(byTierThenNewest(found.subList(0, cut), tiers.subList(0, cut)));
            ordered.addAll(found.subList(cut, found.size()));
            return ordered;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static IndexedItem[] byDoc(IndexSearcher searcher, Map<String, IndexedItem> items) {
        try {
            StoredFields stored = searcher.storedFields();
            IndexedItem[] byDoc = new IndexedItem[searcher.getIndexReader().maxDoc()];
            for (int doc = 0; doc < byDoc.length; doc++) {
                byDoc[doc] = items.get(stored.document(doc).get(IndexBuilder.ID));
            }
            return byDoc;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** How good a match is against the best: 0 as good as the best, up to 3 for a weak one. */
    private static int tier(float score, float best) {
        float ratio = best <= 0 ? 1 : score / best;
        return ratio >= 0.95f ? 0 : ratio >= 0.7f ? 1 : ratio >= 0.4f ? 2 : 3;
    }

    private static float score(ScoreDoc hit) {
        return hit instanceof org.apache.lucene.search.FieldDoc doc && doc.fields[0] instanceof Float f ? f : hit.score;
    }

    /**
     * The best match first, then the others by how good a match they are and, among matches about as good,
     * newest first (an event before the quotes of the same day): never a mixed date order within one level.
     */
    private static List<IndexedItem> byTierThenNewest(List<IndexedItem> found, List<Integer> tiers) {
        List<Integer> order = new ArrayList<>();
        for (int i = 1; i < found.size(); i++) {
            order.add(i);
        }
        order.sort(java.util.Comparator.comparing((Integer i) -> tiers.get(i))
                .thenComparing(i -> found.get(i).item().date().date(), java.util.Comparator.reverseOrder())
                .thenComparing(i -> found.get(i).isQuote())
                .thenComparing(i -> found.get(i).id()));
        List<IndexedItem> ordered = new ArrayList<>(found.size());
        if (!found.isEmpty()) {
            ordered.add(found.get(0));
        }
        order.forEach(i -> ordered.add(found.get(i)));
        return ordered;
    }

    /** The newest items of one kind ({@link IndexBuilder#EVENT} or {@link IndexBuilder#QUOTE}). */
    List<IndexedItem> newest(String kind, int offset, int limit) {
        return search(new TermQuery(new Term(IndexBuilder.KIND, kind)), offset, limit, true);
    }

    @Override
    public Query nearSpellings(String term, int edits) {
        String key = edits + " " + term;
        Query known = nearSpellings.get(key);
        if (known != null) {
            return known;
        }
        try {
            Query expanded = searcher.rewrite(IndexTerms.super.nearSpellings(term, edits));
            if (nearSpellings.size() < MAX_NEAR_SPELLINGS) {
                nearSpellings.put(key, expanded);
            }
            return expanded;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public boolean hasTerm(String term) {
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

    /** The quotes said at an event, newest first. */
    List<IndexedItem> quotesAt(String eventId) {
        return quotesByEvent.getOrDefault(eventId, List.of());
    }

    /** Every item, in no particular order. */
    java.util.Collection<IndexedItem> items() {
        return items.values();
    }

    IndexedItem item(String id) {
        return items.get(id);
    }

    /** Whether more than half the items hold this (analysed) term in their text. */
    boolean inMostItems(String term) {
        try {
            return searcher.getIndexReader().docFreq(new Term(IndexBuilder.TEXT, term)) * 2L > items.size();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The item's text folded as names are ({@link Words#fold}). */
    String foldedBody(IndexedItem item) {
        return foldedBodies.computeIfAbsent(item.id(), id -> Words.fold(item.body()));
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
