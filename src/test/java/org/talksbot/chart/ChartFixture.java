package org.talksbot.chart;

import java.util.List;
import org.talksbot.store.TestStore;

/**
 * A small store for chart tests: one topic per group plus one no group knows, two people, events over
 * 2021–2023 (one in each group, several in one month, one dated only to a month, one to a year) and quotes,
 * some linked to events so milestones can be picked.
 */
public final class ChartFixture {

    private ChartFixture() {
    }

    public static TestStore store() {
        TestStore s = TestStore.empty()
                .person("antony-blinken", "Antony Blinken", "person", "U.S. Secretary of State", "blinken")
                .person("ilham-aliyev", "Ilham Aliyev", "person", "President of Azerbaijan", "aliyev", "Ильхам Алиев")
                .topic("lachin-corridor", "Lachin corridor", "lachin", true, "A road.", "lachin", "Լաչին")
                .topic("military-escalation", "Military escalation", "clashes", true, "Fighting.", "clashes")
                .topic("mediation-us", "U.S. mediation", "us", true, "Talks.", "us mediation")
                .topic("peace-treaty", "Peace treaty", "treaty", true, "A treaty.", "treaty")
                .topic("space-race", "Space race", null, false, "Not a real topic.", "space race");
        s.event("2021-05-12-clash", "2021-05-12", "Border clash", "Summary.", null, List.of("ilham-aliyev"),
                List.of("military-escalation", "lachin-corridor"), "Asbarez", "https://asbarez.com/1");
        s.event("2022-03-01-talks", "2022-03-01", "Washington talks", "Summary.", null,
                List.of("antony-blinken", "ilham-aliyev"), List.of("mediation-us", "peace-treaty"),
                "State", "https://state.gov/1", "Asbarez", "https://asbarez.com/2");
        s.event("2022-03-20-treaty", "2022-03-20", "Treaty draft", "Summary.", null, List.of(),
                List.of("peace-treaty"), "Asbarez", "https://asbarez.com/3");
        s.event("2022-03-25-road", "2022-03-25", "Road closed", "Summary.", null, List.of(),
                List.of("lachin-corridor"), "Asbarez", "https://asbarez.com/4");
        s.event("2022-09-space", "2022-09", "Something else", "Summary.", null, List.of(),
                List.of("space-race"), "Asbarez", "https://asbarez.com/5");
        s.event("2023-talks", "2023", "Talks in 2023", "Summary.", null, List.of("antony-blinken"),
                List.of("mediation-us"), "Asbarez", "https://asbarez.com/6");
        s.event("2023-06-30-lachin", "2023-06-30", "Checkpoint on the Lachin road", "Summary.", null,
                List.of("ilham-aliyev"), List.of("lachin-corridor"), "Asbarez", "https://asbarez.com/7");
        s.quote("q-2022-03-01-blinken", "2022-03-01", "antony-blinken", "Secretary", "We talked.", null,
                "2022-03-01-talks", List.of("mediation-us"), "State", "https://state.gov/q1");
        s.quote("q-2022-03-02-blinken", "2022-03-02", "antony-blinken", "Secretary", "We talked more.", null,
                "2022-03-01-talks", List.of("peace-treaty"), "State", "https://state.gov/q2");
        s.quote("q-2021-05-13-aliyev", "2021-05-13", "ilham-aliyev", "President", "A clash.", null,
                "2021-05-12-clash", List.of("military-escalation"), "Azertac", "https://azertac.az/q3");
        s.quote("q-2023-07-01-blinken", "2023-07-01", "antony-blinken", "Secretary", "The road.", null,
                null, List.of("lachin-corridor"), "State", "https://state.gov/q4");
        return s;
    }
}
