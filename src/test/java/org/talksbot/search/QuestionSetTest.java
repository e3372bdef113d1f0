package org.talksbot.search;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The question set against the real curated data: each question lists the items that must come back,
 * the first of them at the top. Precision at 1 and recall at 3 are printed and must reach 0.9.
 */
class QuestionSetTest {

    CuratedData data() {
        return CuratedData.REAL;
    }

    private record Case(String question, List<String> expected) {
    }

    @Test
    void curatedQuestionsFindTheirItemsWithPrecisionAndRecallOfAtLeastNinetyPercent() throws IOException {
        List<Case> cases = cases();
        IndexSnapshot index = data().index().snapshot();
        QuestionReader reader = new QuestionReader(CuratedData.CLOCK);
        double firstRight = 0;
        double recalled = 0;
        List<String> misses = new ArrayList<>();
        for (Case c : cases) {
            List<String> top = QuestionSearch.find(reader.read(c.question(), index.vocabulary()), index, 0, 3)
                    .items().stream().map(IndexedItem::id).toList();
            boolean first = !top.isEmpty() && c.expected().contains(top.get(0));
            long found = c.expected().stream().filter(top::contains).count();
            firstRight += first ? 1 : 0;
            recalled += (double) found / c.expected().size();
            if (!first || found < c.expected().size()) {
                misses.add(c.question() + " -> " + top + " (expected " + c.expected() + ")");
            }
        }
        double precisionAt1 = firstRight / cases.size();
        double recallAt3 = recalled / cases.size();
        System.out.printf("question set: %d questions, P@1 = %.3f, R@3 = %.3f%n", cases.size(), precisionAt1,
                recallAt3);
        misses.forEach(miss -> System.out.println("  miss: " + miss));
        assertAll(
                () -> assertTrue(cases.size() >= 60, "at least 60 questions"),
                () -> assertTrue(precisionAt1 >= 0.9, "P@1 " + precisionAt1),
                () -> assertTrue(recallAt3 >= 0.9, "R@3 " + recallAt3));
    }

    private static List<Case> cases() throws IOException {
        List<Case> cases = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                QuestionSetTest.class.getResourceAsStream("/search/questions.tsv"), StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    String[] columns = line.split("\t");
                    cases.add(new Case(columns[0], Arrays.asList(columns[1].strip().split(" +"))));
                }
            }
        }
        return cases;
    }
}
