package org.talksbot.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.talksbot.store.Person;

/**
 * The evaluation set (src/test/resources/ask/eval*.tsv, format in eval.tsv's header) run against an
 * answerer: per question whether the first result is right, how much of what is expected is shown,
 * and whether it misattributes a quote, says "I don't know" when the store knows, or answers what it
 * cannot. Expected ids and tokens are resolved against the data, so a new curated item breaks nothing.
 */
final class Evaluation {

    record Case(String kind, String question, String expected, String check, String file) {
    }

    /** One question's outcome. */
    record Outcome(Case c, List<String> shown, double first, double recall, boolean falseDontKnow,
                   boolean answeredUnknown, String misattribution, String problem) {
        boolean perfect() {
            return first == 1 && recall == 1 && !falseDontKnow && !answeredUnknown && misattribution == null
                    && problem == null;
        }
    }

    /** Scores of one kind (or all). */
    record Scores(String kind, int questions, double precisionAt1, double recallAt3, int falseDontKnow,
                  int misattributed, int answeredUnknown) {
    }

    private Evaluation() {
    }

    /** The English sets: eval.tsv and eval-holdout.tsv. */
    static List<Case> cases() {
        return cases(name -> !name.equals(RUSSIAN_AND_ARMENIAN));
    }

    /** The questions typed in Russian and Armenian (issue 11), scored apart from the English sets. */
    static final String RUSSIAN_AND_ARMENIAN = "eval-ru-hy.tsv";

    static List<Case> cases(java.util.function.Predicate<String> fileName) {
        try {
            Path folder = Path.of(Evaluation.class.getResource("/ask/eval.tsv").toURI()).getParent();
            List<Case> cases = new ArrayList<>();
            try (Stream<Path> files = Files.list(folder)) {
                for (Path file : files.filter(f -> f.getFileName().toString().matches("eval.*\\.tsv")
                        && fileName.test(f.getFileName().toString())).sorted()
                        .toList()) {
                    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                        if (line.isBlank() || line.startsWith("#")) {
                            continue;
                        }
                        String[] cols = line.split("\t");
                        cases.add(new Case(cols[0].strip(), cols[1].strip(), cols[2].strip(),
                                cols.length > 3 ? cols[3].strip() : "", file.getFileName().toString()));
                    }
                }
            }
            return cases;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<Outcome> run(QuestionAnswerer answerer, IndexSnapshot index, List<Case> cases) {
        return cases.stream().map(c -> outcome(c, answerer.understand(c.question(), index), index)).toList();
    }

    static Outcome outcome(Case c, Answer answer, IndexSnapshot index) {
        List<String> shown = answer.ids();
        String misattribution = misattribution(answer, index);
        String problem = check(c, answer);
        if (c.expected().equals("@none") || c.expected().equals("@smalltalk")) {
            Answer.Kind wanted = c.expected().equals("@none") ? Answer.Kind.DONT_KNOW : Answer.Kind.SMALLTALK;
            boolean right = answer.kind() == wanted;
            return new Outcome(c, shown, right ? 1 : 0, right ? 1 : 0, false,
                    wanted == Answer.Kind.DONT_KNOW && answer.kind() == Answer.Kind.FOUND, misattribution, problem);
        }
        List<String> slots = List.of(c.expected().split(" +"));
        List<String> people = answer.people().stream().map(p -> p.id()).toList();
        List<String> items = answer.items().stream().map(IndexedItem::id).toList();
        double first = 0;
        int wanted = 0;
        int found = 0;
        for (int i = 0; i < slots.size(); i++) {
            String slot = slots.get(i);
            if (slot.startsWith("!")) {
                String id = slot.substring(1);
                if (shown.contains(id) || answer.question().people().stream().anyMatch(p -> p.id().equals(id))) {
                    problem = "shows or reads as " + id;
                }
                continue;
            }
            boolean group = slot.contains("+") || slot.startsWith("@mediators");
            List<Set<String>> members = members(slot, index);
            int reach = Math.max(3, group ? members.size() : 1);
            for (Set<String> member : members) {
                // a person is looked for among the people listed, an item among the items
                List<String> list = member.stream().anyMatch(id -> index.vocabulary().person(id) != null) ? people
                        : items;
                List<String> top = list.subList(0, Math.min(reach, list.size()));
                if (i == 0 && !list.isEmpty() && member.contains(list.get(0))) {
                    first = 1;
                }
                wanted++;
                if (member.stream().anyMatch(top::contains)) {
                    found++;
                }
            }
        }
        return new Outcome(c, shown, first, wanted == 0 ? 1 : (double) found / wanted,
                answer.kind() != Answer.Kind.FOUND, false, misattribution, problem);
    }

    /** A slot's members: each a set of acceptable ids (a group has several members, an either-or one). */
    private static List<Set<String>> members(String slot, IndexSnapshot index) {
        if (slot.startsWith("@mediators:")) {
            String year = slot.substring("@mediators:".length());
            Set<String> people = new LinkedHashSet<>();
            index.thirdParties().forEach((event, third) -> {
                IndexedItem item = index.item(event);
                if (year.equals("all") || String.valueOf(item.item().date().date().getYear()).equals(year)) {
                    people.addAll(third);
                }
            });
            return people.stream().map(Set::of).toList();
        }
        if (slot.contains("+")) {
            return Stream.of(slot.split("\\+")).map(Set::of).toList();
        }
        Set<String> either = new LinkedHashSet<>();
        for (String part : slot.split("\\|")) {
            either.addAll(part.startsWith("@") ? token(part, index) : Set.of(part));
        }
        return List.of(either);
    }

    /** The ids a data-derived token stands for now. */
    static Set<String> token(String token, IndexSnapshot index) {
        String[] parts = token.split(":");
        String name = parts[0];
        String arg = parts.length > 1 ? parts[1] : null;
        List<IndexedItem> pool = index.items().stream().filter(item -> switch (name) {
            case "@newest" -> arg == null || item.topics().contains(arg) || item.people().contains(arg);
            case "@newest-event" -> !item.isQuote();
            case "@newest-quote" -> item.isQuote() && (arg == null || arg.equals(item.speaker())
                    || arg.equals(side(item.speaker(), index)));
            case "@said" -> item.isQuote() && arg.equals(side(item.speaker(), index))
                    && (parts.length < 3 || item.topics().contains(parts[2]));
            default -> throw new IllegalArgumentException("unknown token " + token);
        }).toList();
        if (name.equals("@said")) {
            return pool.stream().map(IndexedItem::id).collect(java.util.stream.Collectors.toCollection(LinkedHashSet::new));
        }
        return newest(pool);
    }

    private static Set<String> newest(List<IndexedItem> pool) {
        Set<String> ids = new LinkedHashSet<>();
        pool.stream().map(i -> i.item().date().date()).max(Comparator.naturalOrder()).ifPresent(max ->
                pool.stream().filter(i -> i.item().date().date().equals(max)).forEach(i -> ids.add(i.id())));
        return ids;
    }

    private static String side(String personId, IndexSnapshot index) {
        Person person = personId == null ? null : index.vocabulary().person(personId);
        return person == null ? null : person.country();
    }

    /**
     * A header that names speakers (people or sides) must list only quotes they said: every quote shown
     * is by a named person or by someone of a named side. Null when the answer keeps to that.
     */
    static String misattribution(Answer answer, IndexSnapshot index) {
        Answer.Speakers speakers = answer.speakers();
        if (answer.kind() != Answer.Kind.FOUND || !speakers.any()) {
            return null;
        }
        for (IndexedItem item : answer.items()) {
            if (item.isQuote() && !speakers.ids().contains(item.speaker())
                    && !speakers.sides().contains(String.valueOf(side(item.speaker(), index)))) {
                return item.id() + " under “" + answer.understood() + "”";
            }
        }
        return null;
    }

    /** The optional check column: the header names this side or speaker. */
    private static String check(Case c, Answer answer) {
        if (c.check().isEmpty()) {
            return null;
        }
        String[] check = c.check().split(":", 2);
        if (check[0].equals("not")) {
            return answer.ids().contains(check[1]) || answer.question().people().stream()
                    .anyMatch(p -> p.id().equals(check[1])) ? "reads or shows " + check[1] : null;
        }
        boolean named = check[0].equals("side") ? answer.question().sides().contains(check[1])
                : answer.question().people().stream().anyMatch(p -> p.id().equals(check[1]));
        return named ? null : "does not read the speaker as " + c.check();
    }

    static List<Scores> scores(List<Outcome> outcomes) {
        Map<String, List<Outcome>> byKind = new LinkedHashMap<>();
        outcomes.forEach(o -> byKind.computeIfAbsent(o.c().kind() + (o.c().file().equals("eval.tsv") ? ""
                : " (" + o.c().file().replace(".tsv", "") + ")"), k -> new ArrayList<>()).add(o));
        List<Scores> scores = new ArrayList<>();
        byKind.forEach((kind, list) -> scores.add(score(kind, list)));
        scores.add(score("all", outcomes));
        return scores;
    }

    private static Scores score(String kind, List<Outcome> list) {
        return new Scores(kind, list.size(), list.stream().mapToDouble(Outcome::first).average().orElse(0),
                list.stream().mapToDouble(Outcome::recall).average().orElse(0),
                (int) list.stream().filter(Outcome::falseDontKnow).count(),
                (int) list.stream().filter(o -> o.misattribution() != null).count(),
                (int) list.stream().filter(Outcome::answeredUnknown).count());
    }

    /** The per-kind table as Markdown. */
    static String table(List<Scores> scores) {
        StringBuilder table = new StringBuilder(
                "| kind | questions | P@1 | R@3 | false \"I don't know\" | misattributed | unanswerable answered |\n"
                        + "| --- | ---: | ---: | ---: | ---: | ---: | ---: |\n");
        for (Scores s : scores) {
            table.append(String.format("| %s | %d | %.3f | %.3f | %d | %d | %d |%n", s.kind(), s.questions(),
                    s.precisionAt1(), s.recallAt3(), s.falseDontKnow(), s.misattributed(), s.answeredUnknown()));
        }
        return table.toString();
    }
}
