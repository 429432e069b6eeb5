package vn.thuduc.coordbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import vn.thuduc.coordbot.MovingClock;
import vn.thuduc.coordbot.answer.query.Conversations;

/** The engine with its conversations on an injected clock: expiry, no leaking, conversations apart. */
class ConversationEngineTest {
  private final MovingClock clock = new MovingClock();
  private final CoordAnswerEngine engine = engine();

  private CoordAnswerEngine engine() {
    CoordAnswerEngine e = new CoordAnswerEngine(Fixtures.INDEX, clock, new Conversations(clock, Duration.ofMinutes(15),
        1000));
    e.use(Fixtures.DATASET, 1, Instant.parse("2026-11-29T00:00:00Z"));
    return e;
  }

  private Answer ask(String conversation, String text) {
    return engine.answer(Question.of(text).inConversation(conversation));
  }

  @Test
  void aFollowUpAfterTheFrameExpiredIsAskedBackNotAnsweredWithATotal() {
    assertThat(ask("u", "KCX Linh Trung 2 có bao nhiêu lao động?").text()).contains("25.312");
    clock.advance(Duration.ofMinutes(10));
    assertThat(ask("u", "và số doanh nghiệp?").text()).contains("KCX Linh Trung 2 có 30 doanh nghiệp");
    clock.advance(Duration.ofMinutes(16));
    Answer late = ask("u", "và số doanh nghiệp?");
    assertThat(late.intent()).isEqualTo("clarify");
    assertThat(late.text()).doesNotContain("328").doesNotContain("30 doanh nghiệp");
    assertThat(late.choices()).anyMatch(c -> c.contains("KCX Linh Trung 2"));
  }

  @Test
  void anUnrelatedQuestionNeverGetsTheFramesFigures() {
    ask("u", "How many workers are in Cat Lai?");
    for (String q : new String[] {"what's the weather like?", "who won the football match?", "tell me a joke",
        "Where can I get free legal advice?", "Ho Chi Minh City population?"}) {
      Answer a = ask("u", q);
      assertThat(a.text()).as(q).doesNotContain("8,127").doesNotContain("Cat Lai IP has");
      assertThat(a.query().orElse("")).as(q).doesNotContain("cat-lai");
    }
  }

  @Test
  void conversationsAreApart() {
    ask("lan", "KCX Linh Trung 2 có bao nhiêu lao động?");
    ask("minh", "KCN Cát Lái có bao nhiêu doanh nghiệp?");
    assertThat(ask("lan", "còn số doanh nghiệp?").text()).contains("KCX Linh Trung 2 có 30 doanh nghiệp");
    assertThat(ask("minh", "còn số lao động?").text()).contains("KCN Cát Lái có 8.127 lao động");
    assertThat(engine.answer(Question.of("còn số lao động?")).intent()).as("no conversation, no frame")
        .isEqualTo("clarify");
  }

  @Test
  void startOverClearsTheFrame() {
    ask("u", "KCX Linh Trung có bao nhiêu lao động?");
    assertThat(ask("u", "hỏi lại từ đầu").intent()).isEqualTo("new");
    assertThat(ask("u", "và số doanh nghiệp?").intent()).isEqualTo("clarify");
    ask("u", "KCX Linh Trung có bao nhiêu lao động?");
    engine.forget("u");
    assertThat(ask("u", "và số doanh nghiệp?").intent()).isEqualTo("clarify");
  }
}
