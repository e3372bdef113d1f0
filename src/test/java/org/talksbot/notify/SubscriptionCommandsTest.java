package org.talksbot.notify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.talksbot.core.Button;
import org.talksbot.core.ChatAdmins;
import org.talksbot.core.Command;
import org.talksbot.core.Reply;
import org.talksbot.core.Request;
import org.talksbot.i18n.Language;
import org.talksbot.i18n.Messages;

class SubscriptionCommandsTest {

    private static final long GROUP_ADMIN = 42;
    private static final Messages EN = Messages.of(Language.EN);
    private final StoreFixture store = new StoreFixture();
    private final Subscriptions subscriptions = new Subscriptions(store.jdbi, new FakeTime());
    private final ChatAdmins chatAdmins = request -> !request.isGroup() || request.userId() == GROUP_ADMIN;
    private final SubscribeCommand subscribe = new SubscribeCommand(store.jdbi, subscriptions, chatAdmins);
    private final UnsubscribeCommand unsubscribe = new UnsubscribeCommand(subscriptions, chatAdmins);
    private final SubscriptionsCommand list = new SubscriptionsCommand(subscriptions);

    private static Request chat(long id) {
        return StoreFixture.privateChat(id, "");
    }

    private List<Target.Kind> followedKinds(long chatId) {
        return subscriptions.of(chatId).stream().map(Target::kind).toList();
    }

    private static List<String> buttonData(Reply reply) {
        return reply.buttons().stream().flatMap(List::stream).map(Button::data).toList();
    }

    @Test
    void subscribeAcceptsATopicAliasASurnameInAnyCaseAndAll() {
        assertTrue(subscribe.answer(chat(1), "lachin").html().contains("now follows <b>Lachin corridor</b>"));
        assertTrue(subscribe.answer(chat(1), "BLINKEN").html().contains("<b>Antony Blinken</b>"));
        assertTrue(subscribe.answer(chat(1), "all").html().contains("<b>all updates</b>"));

        assertEquals(List.of(Target.Kind.ALL, Target.Kind.PERSON, Target.Kind.TOPIC), followedKinds(1));
    }

    @Test
    void theConfirmationSaysWhatWillBeSentForATopicAPersonAndAllUpdates() {
        assertTrue(subscribe.answer(chat(1), "lachin").html().contains("whenever a new event or quote on this topic is added."));
        assertTrue(subscribe.answer(chat(1), "blinken").html().contains(
                "now follows <b>Antony Blinken</b>. You will get a short message whenever a new event they took part in "
                        + "or a new quote by them is added."));
        assertTrue(subscribe.answer(chat(1), "all").html().contains("whenever a new event or quote is added."));
    }

    @Test
    void subscribeAloneOffersAllUpdatesMainTopicsAndMainPeople() {
        store.importEvent(new OutboxWriter(new FakeTime()), "e1", "Call", List.of(), List.of("antony-blinken"));

        Reply reply = subscribe.answer(chat(1), "");

        assertEquals(List.of("/subscribe all-updates", "/subscribe topic:border-delimitation",
                "/subscribe topic:lachin-corridor", "/subscribe person:antony-blinken"), buttonData(reply));
        assertTrue(subscribe.answer(chat(1), "topic:lachin-corridor").html().contains("now follows"));
    }

    @Test
    void misspelledNameGetsDidYouMeanWithButtons() {
        Reply reply = subscribe.answer(chat(1), "pashinian");

        assertTrue(reply.html().contains("Did you mean"));
        assertEquals(List.of("/subscribe person:nikol-pashinyan"), buttonData(reply));
        assertTrue(followedKinds(1).isEmpty());
    }

    @Test
    void unknownOrHugeInputGetsAPoliteEscapedAnswer() {
        String junk = "<script>" + "x".repeat(5000);

        Reply reply = subscribe.answer(chat(1), junk);

        assertTrue(reply.html().startsWith("I don't know “&lt;script&gt;"));
        assertTrue(reply.html().length() < 300);
        assertTrue(followedKinds(1).isEmpty());
    }

    @Test
    void subscribingTwiceSaysItAlreadyFollows() {
        subscribe.answer(chat(1), "lachin");

        assertTrue(subscribe.answer(chat(1), "Lachin corridor").html().contains("already follows"));
        assertEquals(1, followedKinds(1).size());
    }

    @Test
    void unsubscribingFromWhatTheChatDoesNotFollowSaysSo() {
        subscribe.answer(chat(1), "lachin");

        assertTrue(unsubscribe.answer(chat(1), "aliyev").html().contains("does not follow <b>Ilham Aliyev</b>"));
        assertTrue(unsubscribe.answer(chat(1), "nonsense words").html().contains("follows nothing called"));
        assertTrue(unsubscribe.answer(chat(1), "lachin").html().contains("no longer follows"));
        assertTrue(followedKinds(1).isEmpty());
    }

    @Test
    void unsubscribeAllStopsEverything() {
        subscribe.answer(chat(1), "lachin");
        subscribe.answer(chat(1), "blinken");

        assertTrue(unsubscribe.answer(chat(1), "all").html().contains("no longer follows anything"));
        assertTrue(followedKinds(1).isEmpty());
        assertTrue(unsubscribe.answer(chat(1), "all").html().contains("did not follow anything"));
    }

    @Test
    void subscriptionsListsEachWithAnUnsubscribeButton() {
        subscribe.answer(chat(1), "border");
        subscribe.answer(chat(1), "all");

        Reply reply = list.answer(chat(1), "");

        assertTrue(reply.html().contains("<b>Border delimitation</b> (topic)"));
        assertEquals(List.of("/unsubscribe all-updates", "/unsubscribe topic:border-delimitation",
                "/digest", "/quiet", "/timezone"), buttonData(reply));
        assertTrue(reply.html().contains("Delivery: instant"), reply.html());
        assertTrue(reply.html().contains("Time zone: UTC+4 (not set yet"), reply.html());
        assertTrue(list.answer(chat(2), "").html().contains("follows nothing yet"));
    }

    @Test
    void onlyAGroupsAdminsMayChangeItsSubscriptions() {
        Request member = StoreFixture.group(-100, 7, "");
        Request admin = StoreFixture.group(-100, GROUP_ADMIN, "");

        assertEquals(TargetButtons.groupRefusal(EN), subscribe.answer(member, "lachin"));
        assertTrue(subscribe.answer(admin, "lachin").html().contains("now follows"));
        assertEquals(TargetButtons.groupRefusal(EN), unsubscribe.answer(member, "lachin"));
        assertTrue(list.answer(member, "").html().contains("Lachin corridor"));
        assertEquals(List.of(Target.Kind.TOPIC), followedKinds(-100));
    }

    private static Request chat(long id, Language language) {
        return StoreFixture.privateChat(id, "").withLanguage(language.code());
    }

    @Test
    void inRussianSubscribingConfirmsWhatComesAndTheListAndButtonsAreRussian() {
        Request ru = chat(1, Language.RU);
        assertEquals("Этот чат теперь подписан: <b>Lachin corridor</b> (тема). Вы будете получать короткое сообщение, "
                + "когда по этой теме добавляется новое событие или цитата.\n/subscriptions показывает все подписки "
                + "этого чата.", subscribe.answer(ru, "lachin").html());
        assertTrue(subscribe.answer(ru, "lachin").html().startsWith("Этот чат уже подписан:"));
        assertTrue(subscribe.answer(ru, "pashinian").html().startsWith("Я не знаю «pashinian». Возможно, вы имели в виду:"));
        assertTrue(subscribe.answer(ru, "nosuchthing").html().startsWith("Я не знаю темы или человека «nosuchthing»."));
        assertEquals("Все обновления", subscribe.answer(ru, "").buttons().get(0).get(0).label());
        assertTrue(subscribe.answer(chat(9, Language.RU), "Все").html().startsWith("Этот чат теперь подписан: <b>все обновления</b>."));

        Reply list = this.list.answer(ru, "");
        assertTrue(list.html().startsWith("Этот чат подписан на:\n• <b>Lachin corridor</b> (тема)\n"), list.html());
        assertTrue(list.html().contains("Доставка: сразу: сообщение о каждом новом материале"), list.html());
        assertTrue(list.html().contains("Часовой пояс: UTC+4 (ещё не выбран"), list.html());
        assertEquals(List.of("Отписаться: Lachin corridor", "Доставка", "Тихие часы", "Часовой пояс"),
                list.buttons().stream().flatMap(List::stream).map(Button::label).toList());
        assertTrue(unsubscribe.answer(ru, "lachin").html().startsWith("Этот чат больше не подписан: <b>Lachin corridor</b>"));
        assertEquals(TargetButtons.groupRefusal(Messages.of(Language.RU)),
                subscribe.answer(StoreFixture.group(-100, 7, "").withLanguage("ru"), "lachin"));
    }

    @Test
    void topicsAreNamedInTheReadersLanguageWhereCuratorsTranslatedThem() {
        store.translateTopic("lachin-corridor", "Лачинский коридор", "Լաչինի միջանցք");
        Request ru = chat(1, Language.RU);
        assertTrue(subscribe.answer(ru, "lachin").html().startsWith("Этот чат теперь подписан: <b>Лачинский коридор</b> (тема)."));
        assertTrue(subscribe.answer(ru, "").buttons().stream().flatMap(List::stream).map(Button::label)
                .anyMatch("Лачинский коридор"::equals));
        assertTrue(list.answer(chat(1, Language.HY), "").html().contains("• <b>Լաչինի միջանցք</b> (թեմա)"));
        assertTrue(list.answer(chat(1), "").html().contains("• <b>Lachin corridor</b> (topic)"));
    }

    @Test
    void inArmenianSubscribingAndUnsubscribingAnswerInArmenian() {
        Request hy = chat(1, Language.HY);
        String done = subscribe.answer(hy, "all").html();
        assertTrue(done.startsWith("Այս զրույցն այժմ հետևում է՝ <b>բոլոր թարմացումները</b>։"), done);
        assertTrue(done.contains("երբ ավելացվի նոր իրադարձություն կամ մեջբերում"), done);
        assertTrue(unsubscribe.answer(hy, "բոլորը").html().startsWith("Այս զրույցն այլևս ոչնչի չի հետևում։"));
        assertTrue(unsubscribe.answer(hy, "nonsense words").html().startsWith("Այս զրույցը «nonsense words» անունով"));
        assertTrue(this.list.answer(hy, "").html().startsWith("Այս զրույցը դեռ ոչնչի չի հետևում։"));
    }

    @Test
    void eachCommandDescribesItselfInEachLanguage() {
        List<Command> commands = List.of(subscribe, unsubscribe, list);
        for (Command command : commands) {
            assertTrue(command.description(Messages.of(Language.RU)).matches("(?s).*\\p{IsCyrillic}.*"));
        }
        assertEquals("/unsubscribe ИМЯ | all", unsubscribe.usage(Messages.of(Language.RU)));
        assertTrue(subscribe.description(Messages.of(Language.HY)).contains("մեջբերում"));
    }
}
