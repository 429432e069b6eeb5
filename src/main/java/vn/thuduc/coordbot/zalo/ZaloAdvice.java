package vn.thuduc.coordbot.zalo;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.thuduc.coordbot.advice.AdviceException;
import vn.thuduc.coordbot.advice.AdviceService;
import vn.thuduc.coordbot.advice.Advisers;
import vn.thuduc.coordbot.advice.Relay;
import vn.thuduc.coordbot.advice.Ticket;
import vn.thuduc.coordbot.advice.TicketMessage;
import vn.thuduc.coordbot.advice.WorkerChannel;
import vn.thuduc.coordbot.advice.WorkerDesk;
import vn.thuduc.coordbot.lang.Lang;
import vn.thuduc.coordbot.lang.Messages;
import vn.thuduc.coordbot.chat.Button;
import vn.thuduc.coordbot.chat.Lanes;
import vn.thuduc.coordbot.chat.PlainText;
import vn.thuduc.coordbot.chat.Route;
import vn.thuduc.coordbot.chat.Turn;
import vn.thuduc.coordbot.identity.Identity;
import vn.thuduc.coordbot.metrics.Metrics;

/**
 * Legal advice for a Zalo worker, as on Telegram and the web: open a ticket ({@code /tuvan}), add to
 * it ({@code /hoithem N}), read it ({@code /phieu N}), close it ({@code /dong N}), rate it, delete them
 * ({@code /xoa}); the advisers work in their Telegram group ({@link Advisers}). What the advisers write
 * comes back as relays, which this class sends to the worker on Zalo ({@link WorkerChannel}); a worker
 * Zalo will not reach (the free-message window closed, not following) is reported to the group.
 */
final class ZaloAdvice implements WorkerChannel {
  private static final Logger LOG = LoggerFactory.getLogger(ZaloAdvice.class);

  private final AdviceService service;
  /** The ticket flows shared with the web; relays to the group go out on this lane's thread. */
  private final WorkerDesk desk;
  private final ZaloSender sender;
  private final Messages texts;
  private final Lanes lanes;
  private final Metrics metrics;
  private final int expectedHours;
  /** Relays being sent now (an update's thread and the timer may both offer one): one sender each. */
  private final Set<Long> sending = ConcurrentHashMap.newKeySet();

  ZaloAdvice(AdviceService service, ZaloSender sender, Messages texts, Lanes lanes, Metrics metrics,
      int expectedHours) {
    this.service = service;
    this.desk = new WorkerDesk(service, Runnable::run);
    this.sender = sender;
    this.texts = texts;
    this.lanes = lanes;
    this.metrics = metrics;
    this.expectedHours = expectedHours;
  }

  /** True while the advisers can be reached (the Telegram bot runs with an advisers' group). */
  boolean available() {
    return service.advisers().isPresent();
  }

  boolean awaitsQuestion(Identity who) {
    return service.awaitsQuestion(who);
  }

  void cancelAwait(Identity who) {
    service.cancelAwait(who);
  }

  /** {@code /tuvan [text]}: the ticket opened with {@code text}, or the question asked for. */
  void ask(Turn turn, String text) throws ZaloException {
    Optional<Advisers> advisers = desk.advisers();
    if (advisers.isEmpty()) {
      say(turn, "advice.off");
      return;
    }
    if (text.isBlank()) {
      service.awaitQuestion(turn.who(), 0, turn.lang());
      say(turn, "advice.prompt");
      return;
    }
    boolean explain = !service.explained(turn.who());
    AdviceService.Outcome o;
    try {
      o = desk.open(advisers.get(), turn.key(), turn.who(), turn.lang(), text);
    } catch (AdviceException e) {
      say(turn, "advice.prompt");
      return;
    }
    LOG.info("zalo: advice ticket #{} {}", o.ticket().id(), o.fresh() ? "opened" : "replayed");
    if (explain) {
      say(turn, "advice.explain", String.valueOf(expectedHours));
    }
    say(turn, "advice.confirm", String.valueOf(o.ticket().id()), String.valueOf(expectedHours));
  }

  /** {@code /hoithem [N] text}: the worker adds to their ticket (the latest open one when N is left out). */
  void followUp(Turn turn, String args) throws ZaloException {
    Optional<Advisers> advisers = desk.advisers();
    if (advisers.isEmpty()) {
      say(turn, "advice.off");
      return;
    }
    Numbered n = numbered(turn, args);
    if (n.id().isEmpty()) {
      say(turn, "advice.which", "/hoithem 1 ...");
      return;
    }
    if (n.rest().isBlank()) {
      say(turn, "advice.empty", "/hoithem " + n.id().get() + " ...");
      return;
    }
    try {
      desk.followUp(advisers.get(), turn.key(), n.id().get(), turn.who(), n.rest());
      say(turn, "advice.followup.sent", String.valueOf(n.id().get()));
    } catch (AdviceException e) {
      refused(turn, e);
    }
  }

  /** {@code /dong N}: the worker closes their ticket, and is asked whether it helped. */
  void close(Turn turn, String args) throws ZaloException {
    Numbered n = numbered(turn, args);
    if (n.id().isEmpty()) {
      say(turn, "advice.which", "/dong 1");
      return;
    }
    close(turn, n.id().get());
  }

  /** A ticket's buttons ({@link ZaloButtons}): close it, rate the help. */
  void press(Turn turn, Route.Advice button) throws ZaloException {
    switch (button.kind()) {
      case 'c' -> close(turn, button.id());
      case 'v' -> vote(turn, button.id(), button.up());
      default -> say(turn, "advice.which", "/phieu");
    }
  }

  private void close(Turn turn, long id) throws ZaloException {
    try {
      Optional<Advisers> advisers = desk.advisers();
      if (advisers.isPresent()) {
        desk.close(advisers.get(), turn.key(), id, turn.who());
      } else {
        service.close(turn.key(), id, turn.who(), false, t -> List.of()); // the group is told nothing while away
      }
      sender.text(turn.userId(), texts.get(turn.lang(), "advice.closed", String.valueOf(id)), votes(turn.lang(), id));
    } catch (AdviceException e) {
      refused(turn, e);
    }
  }

  /** {@code /danhgia N tot|chua} (the buttons under "closed"): the worker's rating of the help. */
  void vote(Turn turn, String args) throws ZaloException {
    String[] words = args.strip().split("\\s+");
    Optional<Long> id = Ticket.number(words[0]);
    if (id.isEmpty() || words.length < 2) {
      say(turn, "advice.which", "/danhgia 1 tot");
      return;
    }
    vote(turn, id.get(), words[1].equalsIgnoreCase("tot") || words[1].equalsIgnoreCase("up"));
  }

  private void vote(Turn turn, long id, boolean up) throws ZaloException {
    try {
      service.vote(id, turn.who(), up);
      say(turn, "advice.voted", String.valueOf(id));
    } catch (AdviceException e) {
      refused(turn, e);
    }
  }

  /** {@code /phieu}: the worker's tickets; {@code /phieu N}: what was written in ticket N. */
  void tickets(Turn turn, String args) throws ZaloException {
    Optional<Long> id = Ticket.number(args);
    if (id.isPresent()) {
      try {
        StringBuilder sb = new StringBuilder("#" + id.get());
        for (TicketMessage m : service.messages(id.get(), turn.who())) {
          sb.append("\n\n").append(texts.get(turn.lang(), m.fromAdviser() ? "advice.adviser" : "advice.you"))
              .append(": ").append(m.text());
        }
        sender.text(turn.userId(), sb.toString(), List.of());
      } catch (AdviceException e) {
        refused(turn, e);
      }
      return;
    }
    List<Ticket> mine = service.ofUser(turn.who());
    if (mine.isEmpty()) {
      say(turn, "advice.none");
      return;
    }
    StringBuilder sb = new StringBuilder(texts.get(turn.lang(), "advice.mine"));
    for (Ticket t : mine) {
      String q = t.question().replace('\n', ' ');
      sb.append('\n').append(texts.get(turn.lang(), "advice.item", String.valueOf(t.id()),
          texts.get(turn.lang(), "advice.state." + t.state()), q.length() > 80 ? q.substring(0, 79) + "…" : q));
    }
    sender.text(turn.userId(), sb.toString(), List.of());
  }

  /** {@code /xoa}: deletes the worker's tickets. */
  void forget(Turn turn) throws ZaloException {
    int n = service.forget(turn.who());
    say(turn, n == 0 ? "advice.none" : "advice.forgot", String.valueOf(n));
  }

  // ---- relays from the advisers ----------------------------------------------------------------

  @Override
  public void deliver(Relay r, Ticket t) {
    Optional<Identity> worker = t.worker();
    if (worker.isEmpty() || !sending.add(r.id())) {
      return;
    }
    lanes.submit(worker.get().id(), () -> {
      try {
        send(r, t, worker.get().id());
      } finally {
        sending.remove(r.id());
      }
    });
  }

  private void send(Relay r, Ticket t, String userId) {
    if (!service.stillUnsent(r)) {
      return;
    }
    String id = String.valueOf(t.id());
    // the Telegram hint at the end ("reply to this message") does not fit Zalo: ours replaces it
    String text = PlainText.fromHtml(r.text().replaceAll("\\n\\n<i>[^<]*</i>$", ""));
    List<Button> buttons = List.of();
    if ("vote".equals(r.buttons())) {
      buttons = votes(t.lang(), t.id());
    } else if ("answer".equals(r.kind())) {
      text = text + "\n\n" + texts.get(t.lang(), "advice.answer.hint", id);
      buttons = List.of(ZaloButtons.of(new Route.Advice('c', t.id(), false),
          texts.get(t.lang(), "button.close", id)));
    }
    try {
      sender.text(userId, text, buttons);
      service.delivered(r, List.of());
    } catch (ZaloException e) {
      if (e.kind() == ZaloException.Kind.UNREACHABLE) {
        metrics.zaloUnreached(e.code());
        LOG.info("zalo: advice ticket #{}: Zalo will not reach the worker ({}); telling the group", t.id(), e.code());
        unreachable(r, e.code());
      } else if (e.kind() == ZaloException.Kind.RETRY || e.kind() == ZaloException.Kind.TOKEN
          || e.kind() == ZaloException.Kind.INVALID_GRANT) {
        LOG.warn("zalo: advice ticket #{}: relay {} not delivered yet ({}); retried later", t.id(), r.kind(), e.code());
      } else {
        LOG.warn("zalo: advice ticket #{}: relay {} refused ({}); not retried", t.id(), r.kind(), e.code());
        service.failed(r, e.code());
      }
    }
  }

  private void unreachable(Relay r, String code) {
    Optional<Advisers> advisers = service.advisers();
    try {
      AdviceService.Outcome o = service.blocked(r, t -> advisers.map(a -> a.unreachable(t, code)).orElse(List.of()));
      advisers.ifPresent(a -> a.deliver(o.relays()));
    } catch (AdviceException e) {
      service.failed(r, "unreachable " + code);
    }
  }

  // ---- helpers --------------------------------------------------------------------------------

  private List<Button> votes(Lang lang, long id) {
    return List.of(ZaloButtons.of(new Route.Advice('v', id, true), texts.get(lang, "button.up")),
        ZaloButtons.of(new Route.Advice('v', id, false), texts.get(lang, "button.down")));
  }

  private void say(Turn turn, String key, Object... args) throws ZaloException {
    sender.text(turn.userId(), texts.get(turn.lang(), key, args), List.of());
  }

  private void refused(Turn turn, AdviceException e) throws ZaloException {
    String id = String.valueOf(e.ticketId());
    switch (e.reason()) {
      case CLOSED -> say(turn, "advice.closed.already", id);
      case EMPTY -> say(turn, "advice.empty", "/hoithem " + id + " ...");
      default -> say(turn, "advice.no.ticket", id);
    }
  }

  /** A ticket number and what follows it; without a number, the worker's latest ticket that is not closed. */
  private record Numbered(Optional<Long> id, String rest) {}

  private Numbered numbered(Turn turn, String args) {
    String a = args.strip();
    int space = a.indexOf(' ');
    String first = space < 0 ? a : a.substring(0, space);
    Optional<Long> id = Ticket.number(first);
    if (id.isPresent()) {
      return new Numbered(id, space < 0 ? "" : a.substring(space + 1).strip());
    }
    List<Ticket> open = service.ofUser(turn.who()).stream().filter(t -> !t.isClosed()).toList();
    return new Numbered(open.isEmpty() ? Optional.empty() : Optional.of(open.get(open.size() - 1).id()), a);
  }

}
