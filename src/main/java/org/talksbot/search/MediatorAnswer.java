package org.talksbot.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.talksbot.i18n.Messages;
import org.talksbot.store.Person;

/**
 * "Who mediated in 2024?": every third party (host or mediator) at the meetings of the two sides that
 * match the question, most meetings first, then those meetings.
 */
final class MediatorAnswer {

    private static final int MOST_EVENTS = 500;
    private static final Set<String> PARTIES = Set.of("armenia", "azerbaijan", "armenia-and-azerbaijan");

    private MediatorAnswer() {
    }

    static Answer answer(Question question, IndexSnapshot index, int shown, Messages m) {
        // the two leaders or ministers named in "between Aliyev and Pashinyan" are the parties, not a filter
        List<Person> thirdNamed = question.people().stream()
                .filter(p -> p.country() == null || !PARTIES.contains(p.country())).toList();
        Question scoped = question.scoped(thirdNamed, question.period(), question.otherWords(), false,
                Question.Only.EVENTS).withSpeakers(thirdNamed, List.of(), question.otherWords());
        if (!scoped.places().isEmpty()) {
            // "the Almaty talks": the meetings held there, by the name as written (not the Alma-Ata Declaration)
            List<String> words = new ArrayList<>(scoped.otherWords());
            scoped.places().forEach(p -> words.addAll(Words.split(p.name())));
            scoped = scoped.withSpeakers(thirdNamed, List.of(), words);
        }
        List<String> mediation = index.vocabulary().topics().stream().map(t -> t.id())
                .filter(id -> id.startsWith(Mediation.TOPIC_PREFIX)).toList();
        ItemQuery.Filters filters = ItemQuery.Filters.NONE.only(Question.Only.EVENTS).onTopics(mediation);
        List<IndexedItem> events = QuestionSearch.find(scoped, index, 0, MOST_EVENTS, filters).items().stream()
                .filter(e -> index.thirdParties().containsKey(e.id())).toList();
        if (events.isEmpty()) {
            return Answer.dontKnow(question);
        }
        Map<String, Integer> meetings = new LinkedHashMap<>();
        Map<String, Integer> firstEvent = new HashMap<>();
        Map<String, Boolean> named = new HashMap<>();
        for (int e = 0; e < events.size(); e++) {
            IndexedItem event = events.get(e);
            // whether the text names them is only needed to order the hosts of the first few meetings
            String body = e < shown ? index.foldedBody(event) : "";
            for (String id : index.thirdParties().get(event.id())) {
                meetings.merge(id, 1, Integer::sum);
                firstEvent.putIfAbsent(id, e);
                Person p = index.vocabulary().person(id);
                String surname = p == null ? id : lastWord(Words.fold(p.name()));
                named.merge(id, !body.isEmpty() && body.contains(surname), Boolean::logicalOr);
            }
        }
        List<Person> people = new ArrayList<>(meetings.keySet().stream().map(index.vocabulary()::person)
                .filter(p -> p != null && (thirdNamed.isEmpty() || thirdNamed.contains(p))).toList());
        // the hosts of the best-matching meeting first, then by how many meetings they hosted
        people.sort(Comparator.comparing((Person p) -> firstEvent.get(p.id()))
                .thenComparing(p -> -meetings.get(p.id()))
                .thenComparing(p -> !named.get(p.id()))
                .thenComparing(p -> p.country() == null)
                .thenComparing(Person::name));
        List<String> notes = people.stream().map(p -> p.country() == null
                ? m.get("search.mediator.meetings", "meetings", meetings.get(p.id()))
                : m.get("search.mediator.side_and_meetings", "side", Sides.label(p.country(), m),
                        "meetings", meetings.get(p.id()))).toList();
        List<IndexedItem> ordered = events.subList(0, Math.min(shown, events.size()));
        // what was said at the best match comes right after it
        List<IndexedItem> top = new ArrayList<>(List.of(ordered.get(0)));
        index.quotesAt(ordered.get(0).id()).forEach(top::add);
        ordered.subList(1, ordered.size()).forEach(top::add);
        top = top.subList(0, Math.min(shown, top.size()));
        String understood = m.get("search.understood.mediators", "scope", Understanding.scope(question, m));
        return new Answer(Answer.Kind.FOUND, question, "", understood, people, notes, top, Answer.Speakers.NONE);
    }

    private static String lastWord(String folded) {
        return folded.substring(folded.lastIndexOf(' ') + 1);
    }
}
