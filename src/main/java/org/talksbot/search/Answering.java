package org.talksbot.search;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.talksbot.ask.Item;
import org.talksbot.i18n.Messages;
import org.talksbot.store.Person;

/**
 * Answers an understood question from the store only, by the kind of answer it wants: small talk, a
 * role, hosts and mediators, where a topic stands now, a number, or a search (with the nearest events
 * when a day has none). Best match first, then newest; newest first when the latest is asked for.
 */
final class Answering {

    private static final java.util.Set<String> PLACE_PREPOSITIONS = java.util.Set.of("in", "at", "from", "to", "by",
            "with", "into", "near");

    /** How far from an empty day the nearest events may be. */
    static final int NEAREST_DAYS = 31;

    private Answering() {
    }

    static Answer answer(Question question, IndexSnapshot index, int shown, Messages m) {
        if (question.unknownSpeaker()) {
            return Answer.dontKnow(question);
        }
        return switch (question.ask()) {
            case SMALLTALK -> Answer.smallTalk(question);
            // with no role matching, only something concrete named (a topic, a place) is worth a search
            case ROLE -> orElse(RoleAnswer.answer(question, afterWho(question), index, shown, m),
                    () -> question.topics().isEmpty() && question.places().isEmpty() ? Answer.dontKnow(question)
                            : plain(question.with(Question.Ask.PLAIN), index, shown, m));
            case MEDIATORS -> orElse(MediatorAnswer.answer(question, index, shown, m),
                    () -> plain(question.with(Question.Ask.PLAIN), index, shown, m));
            case STATUS -> status(question, index, shown, m);
            case COUNT -> count(question, index, shown, m);
            case PLAIN -> plain(question, index, shown, m);
        };
    }

    private static Answer orElse(Answer answer, java.util.function.Supplier<Answer> otherwise) {
        return answer == null || answer.kind() == Answer.Kind.DONT_KNOW ? otherwise.get() : answer;
    }

    /** The words after "who is" (after "who" alone in "who speaks for …"). */
    private static List<String> afterWho(Question question) {
        List<String> words = Words.split(RoleAnswer.usForm(question.text()));
        int skip = words.size() > 1 && java.util.Set.of("is", "was", "are", "were", "s").contains(words.get(1)) ? 2 : 1;
        return words.subList(Math.min(skip, words.size()), words.size());
    }

    private static Answer plain(Question asked, IndexSnapshot index, int shown, Messages m) {
        Question question = speakerByRole(asked, index);
        if (onlyRoleWords(question)) {
            Answer role = RoleAnswer.answer(question, question.otherWords(), index, shown, m);
            if (role != null) {
                return role;
            }
        }
        // with nothing recognised, a quote that merely shares a word is no answer: events only
        ItemQuery.Filters filters = ItemQuery.Filters.NONE.only(!question.recognisedAnything()
                && !question.newestFirst() && question.intent() != Question.Intent.SAID
                && question.only() == Question.Only.ANY ? Question.Only.EVENTS : question.only());
        if (!question.recognisedAnything() && question.otherWords().size() == 1
                && Words.split(question.text()).size() >= 3) {
            // "what time is it in Baku": one stray word in a sentence about something else is no match
            return Answer.dontKnow(question);
        }
        QuestionSearch.Found found = QuestionSearch.find(question, index, 0, shown, filters);
        if (found.isEmpty()) {
            return question.period() != null && question.period().oneDay() ? nearest(question, index, shown, m)
                    : Answer.dontKnow(question);
        }
        boolean newest = question.newestFirst() || question.intent() == Question.Intent.WHO_IS;
        List<IndexedItem> items = found.items();
        Answer answer = Answer.found(question, Understanding.line(question, items, found.noQuotes(),
                newest ? Understanding.NEWEST_FIRST : Understanding.BEST_THEN_NEWEST, m), items);
        if (question.intent() == Question.Intent.WHO_IS) {
            List<Person> people = question.people();
            answer = answer.withPeople(people, people.stream().map(p -> role(p, index, m)).toList());
        }
        return answer;
    }

    /**
     * "Is the Lachin corridor open?": the newest items on the topic asked about first, dated, with its
     * background; other words of substance ("former leaders held in Baku") must match, else it is not known.
     */
    private static Answer status(Question asked, IndexSnapshot index, int shown, Messages m) {
        Question question = asked.withTopics(asked.topics().subList(0, 1)).withoutPeopleAndPlaces();
        List<String> typed = Words.split(question.text());
        // "has Armenia changed …" names who acts; "still held in Baku" says where, which must match
        List<String> substance = question.otherWords().stream().filter(w -> Sides.of(w) == null
                || typed.indexOf(w) > 0 && PLACE_PREPOSITIONS.contains(typed.get(typed.indexOf(w) - 1))).toList();
        Question onTopic = question.scoped(question.people(), null, substance, true, question.only());
        List<IndexedItem> items = QuestionSearch.find(onTopic, index, 0, shown,
                ItemQuery.Filters.NONE.only(question.only()).allWords()).items();
        if (items.isEmpty()) {
            return Answer.dontKnow(question);
        }
        String topics = Understanding.joined(question.topics().stream().map(t -> t.name(m.language())).toList(), true,
                m);
        String understood = m.get("search.understood.status", "topics", topics,
                "date", Periods.of(items.get(0).item().date(), m));
        String background = question.topics().stream().map(t -> t.background()).filter(b -> b != null && !b.isBlank())
                .findFirst().orElse("");
        return Answer.found(question, understood, items).withPreface(background);
    }

    /** "How many …": items whose text carries a number, best match first. */
    private static Answer count(Question question, IndexSnapshot index, int shown, Messages m) {
        ItemQuery.Filters filters = ItemQuery.Filters.NONE.only(question.only()).counts();
        QuestionSearch.Found found = QuestionSearch.find(question, index, 0, shown, filters);
        if (found.isEmpty()) {
            return Answer.dontKnow(question);
        }
        List<IndexedItem> items = found.items();
        String understood = Understanding.line(question, items, found.noQuotes(), Understanding.BEST_THEN_NEWEST,
                true, m);
        return Answer.found(question, understood, items);
    }

    /**
     * "What did the Armenian prime minister say": a speaker named by office is the person holding it in the
     * store (all of them when several hold it equally), never the whole side.
     */
    private static Question speakerByRole(Question question, IndexSnapshot index) {
        if (question.intent() != Question.Intent.SAID || !question.people().isEmpty()) {
            return question;
        }
        List<String> typed = Words.split(RoleAnswer.usForm(question.text()));
        int verb = 0;
        while (verb < typed.size() && !QuestionWords.SAID.contains(typed.get(verb))) {
            verb++;
        }
        List<String> subject = typed.subList(0, Math.min(verb, typed.size()));
        if (subject.stream().noneMatch(QuestionWords.ROLE_WORDS::contains)) {
            return question;
        }
        List<RoleAnswer.Match> matches = RoleAnswer.matches(subject, index);
        if (matches.isEmpty()) {
            return question;
        }
        double best = matches.get(0).score();
        List<Person> holders = matches.stream().filter(m -> m.score() == best).map(RoleAnswer.Match::person)
                .distinct().toList();
        List<String> rest = question.otherWords().stream().filter(w -> !subject.contains(w)).toList();
        return question.withSpeakers(holders, List.of(), rest);
    }

    /** Whether the question is only the words of an office ("Armenian foreign minister name"). */
    private static boolean onlyRoleWords(Question question) {
        return question.people().isEmpty() && question.topics().isEmpty() && question.places().isEmpty()
                && question.period() == null && question.intent() != Question.Intent.SAID
                && question.otherWords().stream().anyMatch(QuestionWords.TITLES::contains)
                && question.otherWords().stream().allMatch(w -> QuestionWords.ROLE_WORDS.contains(w)
                || QuestionWords.OFFICE.contains(w) || Sides.of(w) != null);
    }

    /** Nothing on that day: the events nearest to it, within a month, said plainly. */
    private static Answer nearest(Question question, IndexSnapshot index, int shown, Messages m) {
        LocalDate day = question.period().from();
        Question.Period around = new Question.Period(day.minusDays(NEAREST_DAYS), day.plusDays(NEAREST_DAYS), null,
                question.period().label());
        Question wider = question.scoped(question.people(), around, question.otherWords(), false,
                Question.Only.EVENTS);
        List<IndexedItem> near = new ArrayList<>(QuestionSearch.find(wider, index, 0, 200,
                ItemQuery.Filters.NONE.only(Question.Only.EVENTS).onTopics(List.of())).items());
        if (near.isEmpty()) {
            return Answer.dontKnow(question);
        }
        near.sort(Comparator.comparingLong((IndexedItem i) -> Math.abs(days(day, i)))
                .thenComparing(i -> i.item(), Item.NEWEST_FIRST));
        List<IndexedItem> items = near.subList(0, Math.min(shown, near.size()));
        long gap = days(day, items.get(0));
        String understood = m.get("search.understood.nearest", "date", Periods.date(question.period(), m),
                "days", Math.abs(gap), "later", gap > 0 ? "yes" : "no");
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

    /** "Prime Minister of Armenia, as of March 2026", or "" without a role. */
    static String role(Person person, IndexSnapshot index, Messages m) {
        return index.roles().getOrDefault(person.id(), List.of()).stream()
                .filter(r -> r.role().equals(person.role())).findFirst()
                .map(r -> r.text(m)).orElse(person.role() == null ? "" : person.role());
    }
}
