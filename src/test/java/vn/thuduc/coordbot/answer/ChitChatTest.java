package vn.thuduc.coordbot.answer;

import vn.thuduc.coordbot.lang.Lang;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.thuduc.coordbot.answer.query.Conversations;
import vn.thuduc.coordbot.answer.topic.HelpDesk;

/** Chit-chat leaves the conversation as it was; a worker's own problem says where to turn, as it stands. */
class ChitChatTest {
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-01T08:00:00Z"), ZoneOffset.UTC);

  private static CoordAnswerEngine engine(HelpDesk desk) {
    CoordAnswerEngine e = new CoordAnswerEngine(Fixtures.INDEX, CLOCK,
        new Conversations(CLOCK, Duration.ofMinutes(15), 100), () -> desk);
    e.use(Fixtures.DATASET, 1, Instant.parse("2026-11-29T00:00:00Z"));
    return e;
  }

  private static Answer ask(CoordAnswerEngine e, String q, String conversation) {
    return e.answer(new Question(q, Optional.empty(), Optional.of(conversation)));
  }

  @Test
  void thanksBetweenTwoQuestionsLeavesTheFollowUpOnTheFirst() {
    CoordAnswerEngine e = engine(HelpDesk.NONE);
    assertThat(ask(e, "KCX Linh Trung có bao nhiêu lao động?", "c1").text()).contains("38.807");
    assertThat(ask(e, "ok cam on bot", "c1").text()).startsWith("Không có gì");
    assertThat(ask(e, "còn Linh Trung 2 thì sao?", "c1").text()).contains("25.312");
  }

  @Test
  void aGreetingInTheMiddleOfATopicConversationKeepsItsTopic() {
    CoordAnswerEngine e = engine(HelpDesk.NONE);
    assertThat(ask(e, "Who received awards?", "c2").query()).contains("topic(awards: recipients)");
    assertThat(ask(e, "thanks", "c2").intent()).isEqualTo("thanks");
    assertThat(ask(e, "and the collectives?", "c2").text()).contains("20 collectives");
  }

  @Test
  void chitChatIsAnsweredInTheLanguageItIsWrittenIn() {
    CoordAnswerEngine e = engine(HelpDesk.NONE);
    assertThat(ask(e, "cảm ơn bạn nhiều", "c3").lang()).isEqualTo(Lang.VI);
    assertThat(ask(e, "thank you", "c3").lang()).isEqualTo(Lang.EN);
    assertThat(ask(e, "chao ban", "c3").lang()).isEqualTo(Lang.VI);
  }

  @Test
  void anOwnProblemOffersTheAdvisersWhenTheBotReachesThem() {
    Answer a = engine(new HelpDesk(true, List.of())).answer(Question.of("cty e no luong 2 thang thi lam sao"));
    assertThat(a.intent()).isEqualTo("advice");
    assertThat(a.text()).contains("Hỏi cán bộ tư vấn").contains("/tuvan").doesNotContain("chưa kết nối");
    assertThat(a.text().lines().count()).isLessThanOrEqualTo(4);
  }

  @Test
  void anOwnProblemSaysSoWhenNoAdviserIsReachableAndNamesOnlyTheContactsTheDataHas() {
    Answer none = engine(HelpDesk.NONE).answer(Question.of("I was fired, what should I do?"));
    assertThat(none.text()).contains("not connected to any adviser").contains("no address or phone number");
    Answer listed = engine(new HelpDesk(false, List.of("Legal aid centre (trade union): 028 0000 0000")))
        .answer(Question.of("I was fired, what should I do?"));
    assertThat(listed.text()).contains("• Legal aid centre (trade union): 028 0000 0000")
        .doesNotContain("no address or phone number");
  }
}
