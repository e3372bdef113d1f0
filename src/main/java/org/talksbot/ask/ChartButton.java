package org.talksbot.ask;

import java.util.Optional;
import org.talksbot.core.Button;
import org.talksbot.core.ButtonData;
import org.talksbot.i18n.Messages;

/** The Chart button under a topic page or a person card: {@code /chart ID}. */
final class ChartButton {

    private ChartButton() {
    }

    static Optional<Button> of(String topicOrPersonId, Messages messages) {
        return ButtonData.of("/chart", topicOrPersonId).map(data -> new Button(messages.get("common.chart_button"), data));
    }
}
