package org.talksbot.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ChatLanesTest {

    @Test
    void tasksOfOneChatRunInTheOrderTheyCameEvenWhenOneFails() {
        List<Integer> done = new CopyOnWriteArrayList<>();
        try (ChatLanes lanes = new ChatLanes(4)) {
            for (int i = 0; i < 200; i++) {
                int n = i;
                lanes.submit(7, () -> {
                    if (n == 50) {
                        throw new IllegalStateException("task 50 fails");
                    }
                    done.add(n);
                });
                lanes.submit(8, () -> { });
            }
            Waiting.until(() -> done.size() == 199, Duration.ofSeconds(5), "199 tasks");
        }
        assertEquals(IntStream.range(0, 200).filter(n -> n != 50).boxed().toList(), done);
    }
}
