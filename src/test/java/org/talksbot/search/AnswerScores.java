package org.talksbot.search;

import java.util.List;

/**
 * Prints the evaluation's per-kind scores as the Markdown table kept in docs/answers.md:
 * {@code mvn -q -B test-compile exec:java -Dexec.mainClass=org.talksbot.search.AnswerScores -Dexec.classpathScope=test}.
 */
public final class AnswerScores {

    private AnswerScores() {
    }

    public static void main(String[] args) {
        IndexSnapshot index = CuratedData.REAL.index().snapshot();
        List<Evaluation.Outcome> outcomes = Evaluation.run(CuratedData.REAL.answerer(), index, Evaluation.cases());
        System.out.print(Evaluation.table(Evaluation.scores(outcomes)));
        if (args.length > 0 && args[0].equals("misses")) {
            outcomes.stream().filter(o -> !o.perfect()).forEach(o -> System.out.println("miss [" + o.c().kind() + "] "
                    + o.c().question() + " -> " + o.shown().stream().limit(5).toList()));
        }
    }
}
