package vn.thuduc.coordbot.advice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.thuduc.coordbot.MovingClock;
import org.junit.jupiter.api.io.TempDir;
import vn.thuduc.coordbot.lang.Lang;
import vn.thuduc.coordbot.identity.Identity;
import vn.thuduc.coordbot.store.Database;

class AdviceServiceTest {
  private static final long GROUP = -100L;
  private static final long WORKER = 11;
  private static final Identity WHO = Identity.telegram(WORKER);
  private static final Identity STRANGER = Identity.telegram(99);

  @TempDir
  Path dir;

  private Database db;
  private final MovingClock clock = new MovingClock(Instant.parse("2026-12-01T02:00:00Z"));
  private AdviceService service;

  @BeforeEach
  void open() {
    db = Database.open(dir);
    service = new AdviceService(db, clock, Duration.ofHours(4), Duration.ofDays(90));
  }

  @AfterEach
  void close() {
    db.close();
  }

  private AdviceService.Outcome open(String key, String question) throws AdviceException {
    return service.open(key, WHO, WORKER, Lang.VI, question, Optional.of("KCX Linh Trung"), t -> List.of(
        Relay.Draft.of("confirm", WORKER, "#" + t.id()), Relay.Draft.of("post", GROUP, "#" + t.id() + " " + question)));
  }

  @Test
  void openingTwiceFromTheSameUpdateMakesOneTicketAndResendsOnlyWhatWasNotDelivered() throws Exception {
    AdviceService.Outcome first = open("u1", "nợ lương");
    assertThat(first.fresh()).isTrue();
    assertThat(first.relays()).extracting(Relay::kind).containsExactly("confirm", "post");
    service.delivered(first.relays().get(0), List.of(500));

    AdviceService.Outcome again = open("u1", "nợ lương");
    assertThat(again.fresh()).isFalse();
    assertThat(again.ticket().id()).isEqualTo(first.ticket().id());
    assertThat(again.relays()).extracting(Relay::kind).containsExactly("post");
    assertThat(service.byMessage(WORKER, 500)).map(Ticket::id).contains(first.ticket().id());
  }

  @Test
  void answersMoveTheTicketToAnsweredAndAReplayedAnswerIsNotCountedTwice() throws Exception {
    long id = open("u1", "nợ lương").ticket().id();
    clock.advance(Duration.ofMinutes(90));
    AdviceService.Outcome a = service.answer("u2", id, "Giữ bảng lương", t -> List.of(
        Relay.Draft.of("answer", t.chatId(), "x")));
    assertThat(a.ticket().state()).isEqualTo(Ticket.State.ANSWERED);
    assertThat(service.answer("u2", id, "Giữ bảng lương", t -> List.of()).fresh()).isFalse();
    assertThat(TicketStats.total(service.all()).medianFirstAnswer()).contains(Duration.ofMinutes(90));
  }

  @Test
  void onlyTheWorkerFollowsUpClosesOwnTicketOrVotes() throws Exception {
    long id = open("u1", "nợ lương").ticket().id();
    assertThatThrownBy(() -> service.followUp("u2", id, STRANGER, "hi", t -> List.of()))
        .isInstanceOfSatisfying(AdviceException.class, e -> assertThat(e.reason())
            .isEqualTo(AdviceException.Reason.NOT_YOURS));
    assertThatThrownBy(() -> service.close("u3", id, STRANGER, false, t -> List.of()))
        .isInstanceOf(AdviceException.class);
    service.close("u4", id, WHO, false, t -> List.of());
    assertThatThrownBy(() -> service.answer("u5", id, "late", t -> List.of()))
        .isInstanceOfSatisfying(AdviceException.class, e -> assertThat(e.reason())
            .isEqualTo(AdviceException.Reason.CLOSED));
    assertThatThrownBy(() -> service.vote(id, STRANGER, true)).isInstanceOf(AdviceException.class);
    service.vote(id, WHO, false);
    assertThat(service.ticket(id).orElseThrow().helpful()).contains(false);
  }

  @Test
  void anUnansweredTicketIsRemindedOnceAfterTheRemindTime() throws Exception {
    long id = open("u1", "nợ lương").ticket().id();
    clock.advance(Duration.ofHours(3).plusMinutes(59));
    assertThat(service.dueReminders()).isEmpty();
    clock.advance(Duration.ofMinutes(1));
    assertThat(service.dueReminders()).extracting(Ticket::id).containsExactly(id);
    assertThat(service.remind(id, t -> List.of(Relay.Draft.of("remind", GROUP, "⏰"))).relays()).hasSize(1);
    assertThat(service.dueReminders()).isEmpty();
    assertThat(service.remind(id, t -> List.of(Relay.Draft.of("remind", GROUP, "⏰"))).fresh()).isFalse();
  }

  @Test
  void closedTicketsLoseTheirTextsAfterRetentionButStayCounted() throws Exception {
    long id = open("u1", "nợ lương").ticket().id();
    service.close("u2", id, STRANGER, true, t -> List.of());
    clock.advance(Duration.ofDays(89));
    assertThat(service.purgeExpired()).isZero();
    clock.advance(Duration.ofDays(2));
    assertThat(service.purgeExpired()).isEqualTo(1);
    Ticket t = service.ticket(id).orElseThrow();
    assertThat(t.question()).isEmpty();
    assertThat(t.purged()).isTrue();
    assertThat(service.ofUser(WHO)).isEmpty();
    assertThat(new String(TicketStats.csv(TicketStats.byWeek(service.all())), StandardCharsets.UTF_8))
        .contains("2026-W49,1,0,1,");
  }

  @Test
  void forgetDeletesAWorkersTicketsAndTheirUndeliveredRelays() throws Exception {
    long id = open("u1", "nợ lương").ticket().id();
    assertThat(service.forget(WHO)).isEqualTo(1);
    assertThat(service.ofUser(WHO)).isEmpty();
    clock.advance(Duration.ofMinutes(5));
    assertThat(service.stale()).isEmpty();
    assertThatThrownBy(() -> service.answer("u9", id, "x", t -> List.of())).isInstanceOf(AdviceException.class);
  }

  @Test
  void relaysNotDeliveredWithinHalfAMinuteAreOfferedAgain() throws Exception {
    open("u1", "nợ lương");
    assertThat(service.stale()).isEmpty();
    clock.advance(Duration.ofMinutes(1));
    assertThat(service.stale()).extracting(Relay::kind).containsExactly("confirm", "post");
  }

  @Test
  void theQuestionAfterTuvanAloneIsAwaitedForAnHour() {
    service.awaitQuestion(WHO, WORKER, Lang.VI);
    assertThat(service.awaitsQuestion(WHO)).isTrue();
    clock.advance(Duration.ofMinutes(61));
    assertThat(service.awaitsQuestion(WHO)).isFalse();
  }
}
