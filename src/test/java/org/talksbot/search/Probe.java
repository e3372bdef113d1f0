package org.talksbot.search;

import org.talksbot.core.Request;

public class Probe {
    public static void main(String[] args) {
        QuestionAnswerer a = CuratedData.answerer();
        java.io.BufferedReader in = new java.io.BufferedReader(new java.io.InputStreamReader(System.in));
        in.lines().forEach(line -> {
            Question q = new QuestionReader(CuratedData.CLOCK).read(line, CuratedData.index().snapshot().vocabulary());
            System.out.println(">>> " + line + "\n" + q.intent() + " people=" + q.people().stream().map(p -> p.id()).toList()
                + " topics=" + q.topics().stream().map(t -> t.id()).toList() + " places=" + q.places().stream().map(p -> p.id()).toList()
                + " period=" + q.period() + " other=" + q.otherWords());
            var r = a.answer(Request.privateMessage(1, line));
            System.out.println(r.html().replaceAll("(?s)(Source: <a href=\"[^\"]*\">)", "[src]").lines().filter(l -> !l.isBlank()).map(l -> l.length() > 160 ? l.substring(0, 160) : l).reduce("", (x, y) -> x + "\n  " + y));
            System.out.println("  buttons: " + r.buttons());
        });
    }
}
