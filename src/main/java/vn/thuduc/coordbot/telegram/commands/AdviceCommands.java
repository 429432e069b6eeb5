package vn.thuduc.coordbot.telegram.commands;

import vn.thuduc.coordbot.chat.Access;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import vn.thuduc.coordbot.advice.AdviceException;
import vn.thuduc.coordbot.advice.AdviceService;
import vn.thuduc.coordbot.advice.Relay;
import vn.thuduc.coordbot.advice.Ticket;
import vn.thuduc.coordbot.advice.TicketStats;
import vn.thuduc.coordbot.answer.Answer;
import vn.thuduc.coordbot.answer.AnswerEngine;
import vn.thuduc.coordbot.identity.Identity;
import vn.thuduc.coordbot.questions.Questions;
import vn.thuduc.coordbot.answer.Topic;
import vn.thuduc.coordbot.config.Settings;
import vn.thuduc.coordbot.chatstate.AuditLog;
import vn.thuduc.coordbot.telegram.CallbackAnswer;
import vn.thuduc.coordbot.chat.Command;
import vn.thuduc.coordbot.telegram.CommandHandler;
import vn.thuduc.coordbot.chat.CommandRegistry;
import vn.thuduc.coordbot.telegram.Replier;
import vn.thuduc.coordbot.telegram.Request;
import vn.thuduc.coordbot.chat.Route;
import vn.thuduc.coordbot.telegram.transport.BotApiException;
import vn.thuduc.coordbot.telegram.transport.TelegramText;
import vn.thuduc.coordbot.telegram.ButtonPress;

/**
 * The legal-advice commands and buttons: {@code /tuvan} (alias {@code /advice}), {@code /reply N},
 * {@code /close}, {@code /tickets} (and {@code /tickets stats}), {@code /xoa} (alias {@code /forget}),
 * and the ticket buttons ({@link Route.Advice}). The ticket flow itself is the {@link AdviceDesk}'s.
 */
final class AdviceCommands {
  private static final CompletableFuture<Void> DONE = CompletableFuture.completedFuture(null);

  private final AdviceDesk desk;
  private final Optional<AdviceService> service;
  private final AnswerEngine engine;
  private final Questions questions;
  private final AuditLog audit;
  private final Settings settings;
  private final Replier replier;
  private final AdviceTexts texts;
  private final long group;

  AdviceCommands(AdviceDesk desk, Optional<AdviceService> service, Questions questions, AuditLog audit,
      Settings settings, Replier replier, AdviceTexts texts) {
    this.desk = desk;
    this.service = service;
    this.engine = questions.engine();
    this.questions = questions;
    this.audit = audit;
    this.settings = settings;
    this.replier = replier;
    this.texts = texts;
    this.group = settings.adviserChatId().orElse(0L);
  }


  void register(CommandRegistry<CommandHandler, ButtonPress> registry) {
    registry
        .button(Route.Advice.class, ButtonPress.of(this::press))
        .register(new Command<>("tuvan", Access.EVERYONE, Command.Input.OPTIONAL, true, this::ask))
        .register(new Command<>("advice", Access.EVERYONE, Command.Input.OPTIONAL, false, this::ask))
        .register(new Command<>("xoa", Access.EVERYONE, Command.Input.NONE, true, this::forget))
        .register(new Command<>("forget", Access.EVERYONE, Command.Input.NONE, false, this::forget))
        .register(new Command<>("tickets", Access.EVERYONE, Command.Input.OPTIONAL, false, this::tickets))
        .register(new Command<>("reply", Access.EVERYONE, Command.Input.OPTIONAL, false, this::reply))
        .register(new Command<>("close", Access.EVERYONE, Command.Input.OPTIONAL, false, this::close));
  }

  private CompletionStage<Void> ask(Request r) throws BotApiException {
    if (service.isEmpty()) {
      Answer law = engine.topic(Topic.LAW, r.lang());
      String more = desk.offers().contactsText(r.lang(), List.of());
      replier.send(r.chatId(), texts.get(r.lang(), "off") + "\n\n" + TelegramText.escape(law.text() + more));
      return DONE;
    }
    if (!r.in().privateChat()) {
      replier.send(r.chatId(), texts.get(r.lang(), "private.only"));
      return DONE;
    }
    if (r.args().isBlank()) {
      service.get().awaitQuestion(AdviceDesk.who(r.in()), r.chatId(), r.lang());
      replier.send(r.chatId(), texts.get(r.lang(), "ask.prompt"));
      return DONE;
    }
    return desk.open(r.in(), r.lang(), r.args());
  }


  private CompletionStage<Void> reply(Request r) throws BotApiException {
    if (!desk.staff(r.in())) {
      return refuse(r);
    }
    String args = r.args().strip();
    int space = args.indexOf(' ');
    Optional<Long> id = Ticket.number(space < 0 ? args : args.substring(0, space));
    String text = space < 0 ? "" : args.substring(space + 1).strip();
    if (id.isEmpty() || text.isEmpty()) {
      replier.send(r.chatId(), texts.get(r.lang(), "usage.reply"));
      return DONE;
    }
    return desk.answer(r.in(), id.get(), text, true);
  }


  private CompletionStage<Void> close(Request r) throws BotApiException {
    Optional<Long> id = Ticket.number(r.args().strip());
    if (id.isEmpty()) {
      replier.send(r.chatId(), texts.get(r.lang(), "usage.close"));
      return DONE;
    }
    if (!desk.staff(r.in()) && !r.in().privateChat()) {
      return refuse(r);
    }
    return desk.closeTicket(r.in(), id.get(), desk.staff(r.in()));
  }


  private CompletionStage<Void> tickets(Request r) throws BotApiException {
    if (service.isEmpty()) {
      replier.send(r.chatId(), texts.get(r.lang(), "off") + "\n\n" + TelegramText.escape(
          engine.topic(Topic.LAW, r.lang()).text()));
      return DONE;
    }
    AdviceService s = service.get();
    boolean admin = settings.isAdmin(r.userId());
    if (r.args().strip().toLowerCase(Locale.ROOT).startsWith("stats")) {
      if (!admin) {
        audit.record(r.userId(), "tickets_stats", false, "refused: not an admin");
        replier.send(r.chatId(), texts.get(r.lang(), "stats.refused"));
        return DONE;
      }
      return stats(r);
    }
    if (desk.staff(r.in())) {
      List<Ticket> open = s.openTickets();
      if (open.isEmpty()) {
        replier.send(r.chatId(), texts.group("group.open.none"));
        return DONE;
      }
      StringBuilder sb = new StringBuilder(texts.group("group.open.header", open.size()));
      for (Ticket t : open) {
        sb.append('\n').append(texts.group("group.open.item", t.id(), age(t),
            texts.group(t.unanswered() ? "group.unanswered" : "group.answered"),
            TelegramText.escape(TelegramText.truncatePlain(t.question().replace('\n', ' '), 80))));
      }
      replier.send(r.chatId(), sb.toString());
      return DONE;
    }
    if (!r.in().privateChat()) {
      return refuse(r);
    }
    List<Ticket> mine = s.ofUser(AdviceDesk.who(r.in()));
    if (mine.isEmpty()) {
      replier.send(r.chatId(), texts.get(r.lang(), "mine.none"));
      return DONE;
    }
    StringBuilder sb = new StringBuilder(texts.get(r.lang(), "mine.header"));
    for (Ticket t : mine) {
      sb.append('\n').append(texts.get(r.lang(), "mine.item", t.id(), texts.get(r.lang(), "state." + t.state()),
          TelegramText.escape(TelegramText.truncatePlain(t.question().replace('\n', ' '), 80))));
    }
    replier.send(r.chatId(), sb.toString());
    return DONE;
  }


  private CompletionStage<Void> stats(Request r) throws BotApiException {
    List<Ticket> all = service.orElseThrow().all();
    audit.record(r.userId(), "tickets_export", true, all.size() + " tickets, weekly CSV");
    if (all.isEmpty()) {
      replier.send(r.chatId(), texts.group("stats.none"));
      return DONE;
    }
    List<TicketStats.Week> weeks = TicketStats.byWeek(all);
    StringBuilder sb = new StringBuilder(texts.group("stats.header"));
    for (TicketStats.Week w : weeks) {
      sb.append('\n').append(texts.group("stats.item", w.week(), w.opened(), w.answered(), w.closed(),
          w.medianFirstAnswer().map(d -> TicketStats.hours(d) + " h").orElse("–")));
    }
    TicketStats.Week total = TicketStats.total(all);
    sb.append('\n').append(texts.group("stats.total", total.opened(), total.answered(), total.closed(),
        total.medianFirstAnswer().map(d -> TicketStats.hours(d) + " h").orElse("–")));
    replier.send(r.chatId(), sb.toString());
    replier.document(r.chatId(), TicketStats.csv(weeks), "advice-tickets.csv", texts.group("stats.caption"));
    return DONE;
  }


  private CompletionStage<Void> forget(Request r) throws BotApiException {
    if (service.isEmpty() || !r.in().privateChat()) {
      replier.send(r.chatId(), texts.get(r.lang(), "forgot.none"));
      return DONE;
    }
    int n = service.get().forget(AdviceDesk.who(r.in()));
    audit.record(r.userId(), "ticket_forget", true, n + " tickets deleted by their worker");
    replier.send(r.chatId(), texts.get(r.lang(), n == 0 ? "forgot.none" : "forgot", n));
    return DONE;
  }


  /** A legal-advice button; data the desk did not write, or a press while the feature is off, is stale. */
  CompletionStage<Void> press(Request r, CallbackAnswer callback, Route.Advice button) throws Exception {
    if (service.isEmpty() || button.kind() == '?' || button.id() < 0) {
      callback.answer(texts.get(r.lang(), "stale"));
      return DONE;
    }
    AdviceService s = service.get();
    Optional<Long> id = Optional.of(button.id());
    switch (button.kind()) {
      case 'q' -> {
        callback.answer(null);
        if (!r.in().privateChat()) {
          replier.send(r.chatId(), texts.get(r.lang(), "private.only"));
          return DONE;
        }
        Optional<String> asked = id.get() > 0 ? s.loggedQuestion(id.get(), questions.userHash(Identity.telegram(r.userId())))
            : Optional.empty();
        if (asked.isPresent() && !asked.get().isBlank()) {
          return desk.open(r.in(), r.lang(), asked.get());
        }
        s.awaitQuestion(AdviceDesk.who(r.in()), r.chatId(), r.lang());
        replier.send(r.chatId(), texts.get(r.lang(), "ask.prompt"));
        return DONE;
      }
      case 'n' -> {
        String name = r.in().firstName();
        try {
          AdviceService.Outcome o = s.shareName(AdviceDesk.key(r.in()), id.get(), AdviceDesk.who(r.in()), name, t -> List.of(
              new Relay.Draft("share", group, texts.group("group.shared", t.id(), TelegramText.escape(
                  t.firstName().orElse(name))), true, null)));
          callback.answer(texts.get(r.lang(), "shared"));
          desk.deliver(o.relays());
        } catch (AdviceException e) {
          callback.answer(texts.get(r.lang(), e.reason() == AdviceException.Reason.EMPTY ? "shared.already"
              : "stale"));
        }
        return DONE;
      }
      case 'v' -> {
        try {
          s.vote(id.get(), AdviceDesk.who(r.in()), button.up());
          callback.answer(texts.get(r.lang(), "vote.thanks"));
        } catch (AdviceException e) {
          callback.answer(texts.get(r.lang(), "stale"));
        }
        return DONE;
      }
      default -> {
        callback.answer(texts.get(r.lang(), "stale"));
        return DONE;
      }
    }
  }


  private CompletionStage<Void> refuse(Request r) throws BotApiException {
    audit.record(r.userId(), "tickets", false, "refused: not an adviser");
    replier.send(r.chatId(), texts.get(r.lang(), "not.staff"));
    return DONE;
  }


  private String age(Ticket t) {
    Duration d = Duration.between(t.openedAt(), service.orElseThrow().clock().instant());
    long hours = Math.max(0, d.toHours());
    return hours >= 48 ? texts.group("group.days", hours / 24) : texts.group("group.hours", hours);
  }
}
