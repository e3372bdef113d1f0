package org.talksbot.search;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The evaluation set against the real curated data: P@1 at least 0.9, R@3 at least 0.95, and not one
 * misattributed quote, false "I don't know" or unanswerable question answered as if known.
 */
class AnswerEvaluationTest {

    private static void printMisses(List<Evaluation.Outcome> outcomes) {
        outcomes.stream().filter(o -> !o.perfect()).forEach(o -> System.out.println("  miss [" + o.c().kind() + "] "
                + o.c().question() + " -> " + o.shown().stream().limit(5).toList() + " (expected " + o.c().expected()
                + ")" + (o.misattribution() == null ? "" : " MISATTRIBUTED " + o.misattribution())
                + (o.problem() == null ? "" : " " + o.problem())));
    }

    CuratedData data() {
        return CuratedData.REAL;
    }

    @Test
    void theEvaluationSetIsAnsweredRightWithNoMisattributionAndNoFalseAnswers() {
        List<Evaluation.Case> cases = Evaluation.cases();
        IndexSnapshot index = data().index().snapshot();
        List<Evaluation.Outcome> outcomes = Evaluation.run(data().answerer(), index, cases);
        List<Evaluation.Scores> scores = Evaluation.scores(outcomes);
        System.out.print(Evaluation.table(scores));
        printMisses(outcomes);
        Evaluation.Scores all = scores.get(scores.size() - 1);
        assertAll(
                () -> assertTrue(cases.size() >= 150, "at least 150 questions"),
                () -> assertTrue(all.precisionAt1() >= 0.9, "P@1 " + all.precisionAt1()),
                () -> assertTrue(all.recallAt3() >= 0.95, "R@3 " + all.recallAt3()),
                () -> assertEquals(0, all.falseDontKnow(), "false \"I don't know\""),
                () -> assertEquals(0, all.misattributed(), "misattributed quotes"),
                () -> assertEquals(0, all.answeredUnknown(), "unanswerable questions answered as if known"),
                () -> assertEquals(0, outcomes.stream().filter(o -> o.problem() != null).count(), "speaker checks"));
    }

    /**
     * Questions typed in Russian and Armenian (eval-ru-hy.tsv), scored per language. The thresholds are below
     * the English set's and below what was measured (docs/answers.md: ru P@1 0.848, R@3 0.909; hy P@1 0.821,
     * R@3 0.897), so that a curator's addition does not turn them red. No quote may be misattributed; one
     * unanswerable question ("сколько стоит бензин", a price the store does not hold) is answered with
     * near matches, as its English form is (see docs/answers.md), and no more may be.
     */
    @Test
    void questionsInRussianAndArmenianAreAnsweredWithNoMisattribution() {
        List<Evaluation.Case> cases = Evaluation.cases(Evaluation.RUSSIAN_AND_ARMENIAN::equals);
        IndexSnapshot index = data().index().snapshot();
        List<Evaluation.Outcome> outcomes = Evaluation.run(data().answerer(), index, cases);
        List<Evaluation.Scores> scores = Evaluation.scores(outcomes);
        System.out.print(Evaluation.table(scores));
        printMisses(outcomes);
        Evaluation.Scores russian = kind(scores, "ru");
        Evaluation.Scores armenian = kind(scores, "hy");
        Evaluation.Scores all = scores.get(scores.size() - 1);
        assertAll(
                () -> assertTrue(russian.questions() >= 40, "40 in Russian"),
                () -> assertTrue(armenian.questions() >= 25, "25 in Armenian"),
                () -> assertTrue(russian.precisionAt1() >= 0.8, "ru P@1 " + russian.precisionAt1()),
                () -> assertTrue(russian.recallAt3() >= 0.85, "ru R@3 " + russian.recallAt3()),
                () -> assertTrue(armenian.precisionAt1() >= 0.7, "hy P@1 " + armenian.precisionAt1()),
                () -> assertTrue(armenian.recallAt3() >= 0.8, "hy R@3 " + armenian.recallAt3()),
                () -> assertEquals(0, all.misattributed(), "misattributed quotes"),
                () -> assertTrue(all.answeredUnknown() <= 1, "unanswerable questions answered as if known"),
                () -> assertEquals(0, outcomes.stream().filter(o -> o.problem() != null).count(), "speaker checks"));
    }

    private static Evaluation.Scores kind(List<Evaluation.Scores> scores, String kind) {
        return scores.stream().filter(s -> s.kind().startsWith(kind + " ")).findFirst().orElseThrow();
    }
}
