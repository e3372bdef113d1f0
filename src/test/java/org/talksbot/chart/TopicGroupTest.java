package org.talksbot.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TopicGroupTest {

    @Test
    void anItemCountsInTheFirstGroupOneOfItsTopicsBelongsTo() {
        assertEquals(TopicGroup.FIGHTING, TopicGroup.ofTopics(List.of("mediation-us", "ceasefire")));
        assertEquals(TopicGroup.MEDIATION, TopicGroup.ofTopics(List.of("peace-treaty", "transport-links", "mediation-eu")));
        assertEquals(TopicGroup.TREATY, TopicGroup.ofTopics(List.of("border-delimitation", "peace-treaty")));
        assertEquals(TopicGroup.BORDER, TopicGroup.ofTopics(List.of("lachin-corridor")));
    }

    @Test
    void aTopicWithoutAGroupAndAnItemWithoutTopicsCountAsOther() {
        assertEquals(TopicGroup.OTHER, TopicGroup.ofTopics(List.of("a-topic-added-later")));
        assertEquals(TopicGroup.OTHER, TopicGroup.ofTopics(List.of()));
        assertEquals(TopicGroup.TREATY, TopicGroup.ofTopics(List.of("a-topic-added-later", "peace-treaty")));
    }

    @Test
    void theGroupsNameOnlyTopicsOfTheCuratedStore() throws IOException {
        JsonNode topics = new ObjectMapper(new YAMLFactory()).readTree(Path.of("db/curated/topics.yaml").toFile())
                .path("topics");
        Set<String> curated = new HashSet<>();
        topics.forEach(topic -> curated.add(topic.path("id").asText()));

        Set<String> stale = new HashSet<>(TopicGroup.TOPICS.keySet());
        stale.removeAll(curated);
        assertEquals(Set.of(), stale);
        assertTrue(TopicGroup.TOPICS.keySet().stream().noneMatch(id -> TopicGroup.TOPICS.get(id) == TopicGroup.OTHER));
    }
}
