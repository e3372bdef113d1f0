package org.talksbot.chart;

import java.awt.Color;
import java.util.Collection;
import java.util.Map;
import org.talksbot.i18n.Language;
import org.talksbot.i18n.Messages;

/**
 * The few groups a chart colours its bars by. Every topic of {@code db/curated/topics.yaml} belongs to
 * one group ({@link #TOPICS}); a topic added later without a group here counts as {@link #OTHER} until
 * it is added. An item with topics in several groups counts once, in the first group listed here that one
 * of its topics belongs to: fighting and humanitarian news first, then mediated talks (a mediator's
 * summit counts as mediation whatever it discussed), then treaty and status work, then border and transport.
 */
public enum TopicGroup {

    FIGHTING(new Color(0xC0392B)),
    MEDIATION(new Color(0x2F6FB0)),
    TREATY(new Color(0x2E7D32)),
    BORDER(new Color(0xE6A23C)),
    OTHER(new Color(0x8E8E8E));

    /** Topic id to group; see db/curated/README.md ("Chart groups"). */
    static final Map<String, TopicGroup> TOPICS = Map.ofEntries(
            Map.entry("ceasefire", FIGHTING),
            Map.entry("military-escalation", FIGHTING),
            Map.entry("humanitarian", FIGHTING),
            Map.entry("prisoners", FIGHTING),
            Map.entry("refugees", FIGHTING),
            Map.entry("peacekeepers", FIGHTING),
            Map.entry("border-delimitation", BORDER),
            Map.entry("lachin-corridor", BORDER),
            Map.entry("transport-links", BORDER),
            Map.entry("trade", BORDER),
            Map.entry("monitoring-mission", BORDER),
            Map.entry("peace-treaty", TREATY),
            Map.entry("karabakh-status", TREATY),
            Map.entry("constitution", TREATY),
            Map.entry("international-courts", TREATY),
            Map.entry("domestic-politics", TREATY),
            Map.entry("mediation-us", MEDIATION),
            Map.entry("mediation-eu", MEDIATION),
            Map.entry("mediation-russia", MEDIATION),
            Map.entry("mediation-other", MEDIATION),
            Map.entry("bilateral-talks", MEDIATION),
            Map.entry("osce-minsk-group", MEDIATION));

    private final Color color;

    TopicGroup(Color color) {
        this.color = color;
    }

    /** The group's name in English. */
    public String label() {
        return label(Messages.of(Language.EN));
    }

    /** The group's name for legends and counts, in the reader's language. */
    public String label(Messages messages) {
        return switch (this) {
            case FIGHTING -> messages.get("chart.group.fighting");
            case MEDIATION -> messages.get("chart.group.mediation");
            case TREATY -> messages.get("chart.group.treaty");
            case BORDER -> messages.get("chart.group.border");
            case OTHER -> messages.get("chart.group.other");
        };
    }

    Color color() {
        return color;
    }

    public static TopicGroup ofTopic(String topicId) {
        return TOPICS.getOrDefault(topicId, OTHER);
    }

    /** The group an item with these topics counts in: the first listed that one of them belongs to; none: OTHER. */
    public static TopicGroup ofTopics(Collection<String> topicIds) {
        TopicGroup first = OTHER;
        for (String id : topicIds) {
            TopicGroup group = ofTopic(id);
            if (group.ordinal() < first.ordinal()) {
                first = group;
            }
        }
        return first;
    }
}
