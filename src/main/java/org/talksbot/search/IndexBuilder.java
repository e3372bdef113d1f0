package org.talksbot.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.jdbi.v3.core.Handle;
import org.talksbot.ask.Item;
import org.talksbot.store.Event;
import org.talksbot.store.Person;
import org.talksbot.store.Precision;
import org.talksbot.store.Quote;
import org.talksbot.store.Topic;

/** Reads the whole store in one transaction and builds a fresh in-memory index over it. */
final class IndexBuilder {

    static final String ID = "id";
    static final String KIND = "kind";
    static final String DAY = "day";
    static final String MONTH = "month";
    static final String TEXT = "text";
    static final String NAMES = "names";
    static final String PERSON = "person";
    static final String SPEAKER = "speaker";
    static final String TOPIC = "topic";
    static final String EVENT = "event";
    static final String QUOTE = "quote";
    /** The side (country) of each person linked to the item: for a quote, its speaker's only. */
    static final String SIDE = "side";
    /** "yes" when the text carries a count. */
    static final String COUNT = "count";
    static final String YES = "yes";

    private IndexBuilder() {
    }

    static IndexSnapshot build(Handle handle, long revision) {
        SearchReads reads = handle.attach(SearchReads.class);
        Map<String, Person> people = byId(reads.people(), Person::id);
        Map<String, Topic> topics = byId(reads.topics(), Topic::id);
        Map<String, List<String>> personAliases = Vocabulary.group(reads.personAliases());
        Map<String, List<String>> topicAliases = Vocabulary.group(reads.topicAliases());
        List<IndexedItem> items = items(reads);
        Vocabulary vocabulary = new Vocabulary(people, topics, places(reads.placeNames()), personAliases,
                topicAliases, textWords(items));
        ItemAnalyzer analyzer = new ItemAnalyzer(vocabulary.places());
        Map<String, IndexedItem> byId = new LinkedHashMap<>();
        ByteBuffersDirectory directory = new ByteBuffersDirectory();
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer))) {
            for (IndexedItem item : items) {
                String names = names(item, people, topics, personAliases, topicAliases);
                writer.addDocument(document(item, names, people));
                byId.put(item.id(), item);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            IndexSearcher searcher = new IndexSearcher(DirectoryReader.open(directory));
            return new IndexSnapshot(searcher, byId, vocabulary, analyzer, revision, Mediation.thirdParties(items, people),
                    PersonRoles.of(items, people));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<IndexedItem> items(SearchReads reads) {
        Map<String, List<String>> eventPeople = Vocabulary.group(reads.eventPeople());
        Map<String, List<String>> eventTopics = Vocabulary.group(reads.eventTopics());
        Map<String, List<String>> quoteTopics = Vocabulary.group(reads.quoteTopics());
        List<IndexedItem> items = new ArrayList<>();
        for (Event e : reads.events()) {
            items.add(new IndexedItem(new Item.OfEvent(e), eventPeople.getOrDefault(e.id(), List.of()),
                    eventTopics.getOrDefault(e.id(), List.of())));
        }
        for (Quote q : reads.quotes()) {
            items.add(new IndexedItem(new Item.OfQuote(q), List.of(q.personId()),
                    quoteTopics.getOrDefault(q.id(), List.of())));
        }
        return items;
    }

    private static Document document(IndexedItem item, String names, Map<String, Person> people) {
        Document doc = new Document();
        doc.add(new StringField(ID, item.id(), Field.Store.YES));
        doc.add(new StringField(KIND, item.isQuote() ? QUOTE : EVENT, Field.Store.NO));
        long day = item.item().date().date().toEpochDay();
        doc.add(new LongPoint(DAY, day));
        doc.add(new NumericDocValuesField(DAY, day));
        if (item.item().date().precision() != Precision.YEAR) {
            doc.add(new IntPoint(MONTH, item.item().date().date().getMonthValue()));
        }
        doc.add(new TextField(TEXT, item.body(), Field.Store.NO));
        doc.add(new TextField(NAMES, names, Field.Store.NO));
        item.people().forEach(p -> doc.add(new StringField(PERSON, p, Field.Store.NO)));
        if (item.speaker() != null) {
            doc.add(new StringField(SPEAKER, item.speaker(), Field.Store.NO));
        }
        item.topics().forEach(t -> doc.add(new StringField(TOPIC, t, Field.Store.NO)));
        item.people().stream().map(people::get).filter(p -> p != null && p.country() != null)
                .map(Person::country).distinct().forEach(side -> doc.add(new StringField(SIDE, side, Field.Store.NO)));
        if (Numbers.carryCount(item.body())) {
            doc.add(new StringField(COUNT, YES, Field.Store.NO));
        }
        return doc;
    }

    private static String names(IndexedItem item, Map<String, Person> people, Map<String, Topic> topics,
                                Map<String, List<String>> personAliases, Map<String, List<String>> topicAliases) {
        StringBuilder names = new StringBuilder();
        for (String id : item.people()) {
            Person person = people.get(id);
            names.append(person == null ? id : person.name()).append('\n');
            personAliases.getOrDefault(id, List.of()).forEach(a -> names.append(a).append('\n'));
        }
        for (String id : item.topics()) {
            Topic topic = topics.get(id);
            names.append(topic == null ? id : topic.name()).append('\n');
            // one-word aliases only: "berlin talks" must not make every item of its topic match "berlin"
            topicAliases.getOrDefault(id, List.of()).stream().filter(a -> !a.contains(" "))
                    .forEach(a -> names.append(a).append('\n'));
        }
        return names.toString();
    }

    private static Map<String, Place> places(List<SearchReads.PlaceName> names) {
        Map<String, String> mainName = new LinkedHashMap<>();
        Map<String, List<String>> others = new HashMap<>();
        for (SearchReads.PlaceName n : names) {
            mainName.put(n.placeId(), n.placeName());
            if (!n.name().equals(n.placeName())) {
                others.computeIfAbsent(n.placeId(), k -> new ArrayList<>()).add(n.name());
            }
        }
        Map<String, Place> places = new LinkedHashMap<>();
        mainName.forEach((id, name) -> places.put(id, new Place(id, name, others.getOrDefault(id, List.of()))));
        return places;
    }

    private static Set<String> textWords(List<IndexedItem> items) {
        Set<String> words = new HashSet<>();
        items.forEach(i -> words.addAll(Words.split(i.body())));
        return words;
    }

    private static <T> Map<String, T> byId(List<T> values, Function<T, String> id) {
        return values.stream().collect(Collectors.toMap(id, v -> v, (a, b) -> a, LinkedHashMap::new));
    }
}
