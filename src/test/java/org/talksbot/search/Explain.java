package org.talksbot.search;

/** Development aid: how questions are read and answered ({@code -Dexec.args="question"}). */
public final class Explain {

    private Explain() {
    }

    public static void main(String[] args) {
        IndexSnapshot index = CuratedData.REAL.index().snapshot();
        QuestionReader reader = new QuestionReader(CuratedData.CLOCK);
        for (String q : args) {
            Question question = reader.read(q, index.vocabulary());
            System.out.println(q + "\n  " + question);
            Answer answer = Answering.answer(question, index, 5, org.talksbot.i18n.Messages.of(org.talksbot.i18n.Language.EN));
            System.out.println("  " + answer.kind() + " " + answer.understood() + " " + answer.ids());
        }
    }
}
