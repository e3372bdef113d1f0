package org.talksbot.search;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.talksbot.ask.Item;
import org.talksbot.store.Person;

/**
 * Answers an understood question from the store only, by the kind of answer it wants: small talk, a
 * role, hosts and mediators, where a topic stands now, a number, or a search (with the nearest events
 * when a day has none). Best match first, then newest; newest first when the latest is asked for.
 */
final class Answering {

    /** How far from an empty day the nearest events may be. */
    static final int NEAREST_DAYS = 31;

    private Answering() {
    }

    static Answer answer(Question question, IndexSnapshot index, int shown) {
        return switch (question.ask()) {
            case SMALLTALK -> Answer.smallTalk(question);
            case ROLE -> RoleAnswer.answer(question, index);
            case MEDIATORS -> MediatorAnswer.answer(question, index, shown);
            case STATUS -> status(question, index, shown);
            case COUNT -> count(question, index, shown);
            case PLAIN -> plain(question, index, shown);
        };
    }

    private static Answer plain(Question question, IndexSnapshot index, int shown) {
        QuestionSearch.Found found = QuestionSearch.find(question, index, 0, shown);
        if (found.isEmpty()) {
            return question.period() != null && question.period().oneDay() ? nearest(question, index, shown)
                    : Answer.dontKnow(question);
        }
        boolean newest = question.newestFirst() || question.intent() == Question.Intent.WHO_IS;
        List<IndexedItem> items = newest ? found.items() : bestThenNewest(found.items());
        Answer answer = Answer.found(question, Understanding.line(question, items, found.noQuotes(),
                newest ? Understanding.NEWEST_FIRST : Understanding.BEST_THEN_NEWEST), items);
        if (question.intent() == Question.Intent.WHO_IS) {
            List<Person> people = question.people();
            answer = answer.withPeople(people, people.stream().map(p -> role(p, index)).toList());
        }
        return answer;
    }

    /** "Is the Lachin corridor open?": the newest items on the topic, dated, with its background. */
    private static Answer status(Question question, IndexSnapshot index, int shown) {
        for (String word : question.otherWords()) {
            if (QuestionSearch.alternatives(List.of(word), index.analyzer()).stream().flatMap(List::stream)
                    .noneMatch(index::hasTerm)) {
                return Answer.dontKnow(question);
            }
        }
        Question onTopic = new Question(question.text(), question.intent(), question.people(), question.topics(),
                question.places(), null, List.of(), List.of(), question.ask(), question.sides(), true,
                question.only());
        List<IndexedItem> items = QuestionSearch.find(onTopic, index, 0, shown).items();
        if (items.isEmpty()) {
            return Answer.dontKnow(question);
        }
        String topics = Understanding.joined(question.topics().stream().map(t -> t.name()).toList(), " and ");
        String understood = "Where " + topics + " stands: as of " + items.get(0).item().date()
                + ", the newest item in the store; newest first";
        String background = question.topics().stream().map(t -> t.background()).filter(b -> b != null && !b.isBlank())
                .findFirst().orElse("");
        return Answer.found(question, understood, items).withPreface(background);
    }

    /** "How many …": items whose text carries a number, best match first. */
    private static Answer count(Question question, IndexSnapshot index, int shown) {
        ItemQuery.Filters filters = new ItemQuery.Filters(question.only(), true, List.of(), false, true);
        QuestionSearch.Found found = QuestionSearch.find(question, index, 0, shown, filters);
        if (found.isEmpty()) {
            return Answer.dontKnow(question);
        }
        List<IndexedItem> items = bestThenNewest(found.items());
        String understood = Understanding.line(question, items, found.noQuotes(), Understanding.BEST_THEN_NEWEST)
                .replaceFirst(", best match", " that give a number, best match");
        return Answer.found(question, understood, items);
    }

    /** Nothing on that day: the events nearest to it, within a month, said plainly. */
    private static Answer nearest(Question question, IndexSnapshot index, int shown) {
        LocalDate day = question.period().from();
        Question.Period around = new Question.Period(day.minusDays(NEAREST_DAYS), day.plusDays(NEAREST_DAYS), null,
                question.period().label());
        Question wider = new Question(question.text(), question.intent(), question.people(), question.topics(),
                question.places(), around, question.otherWords(), question.namedWords(), question.ask(),
                question.sides(), false, Question.Only.EVENTS);
        List<IndexedItem> near = new ArrayList<>(QuestionSearch.find(wider, index, 0, 200,
                new ItemQuery.Filters(Question.Only.EVENTS, false, List.of(), true, true)).items());
        if (near.isEmpty()) {
            return Answer.dontKnow(question);
        }
        near.sort(Comparator.comparingLong((IndexedItem i) -> Math.abs(days(day, i)))
                .thenComparing(i -> i.item(), Item.NEWEST_FIRST));
        List<IndexedItem> items = near.subList(0, Math.min(shown, near.size()));
        long gap = days(day, items.get(0));
        String when = Math.abs(gap) + (Math.abs(gap) == 1 ? " day " : " days ") + (gap > 0 ? "later" : "earlier");
        String understood = "Nothing in the store is dated " + question.period().label() + "; the nearest events, "
                + "closest first (the first is " + when + ")";
        return Answer.found(question, understood, items);
    }

    private static long days(LocalDate day, IndexedItem item) {
        return ChronoUnit.DAYS.between(day, item.item().date().date());
    }

    /** The best match first, then the others newest first, so a list never reads in mixed date order. */
    static List<IndexedItem> bestThenNewest(List<IndexedItem> items) {
        if (items.size() <= 2) {
            return items;
        }
        List<IndexedItem> rest = new ArrayList<>(items.subList(1, items.size()));
        rest.sort(Comparator.comparing(IndexedItem::item, Item.NEWEST_FIRST));
        List<IndexedItem> ordered = new ArrayList<>(items.size());
        ordered.add(items.get(0));
        ordered.addAll(rest);
        return ordered;
    }

    /** "Prime Minister of Armenia, as of 2026-03", or "" without a role. */
    static String role(Person person, IndexSnapshot index) {
        return index.roles().getOrDefault(person.id(), List.of()).stream()
                .filter(r -> r.role().equals(person.role())).findFirst()
                .map(r -> r.role() + r.asOfText()).orElse(person.role() == null ? "" : person.role());
    }
}
