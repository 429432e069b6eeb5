package vn.thuduc.coordbot.telegram;

import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;
import vn.thuduc.coordbot.advice.AdviceException;
import vn.thuduc.coordbot.advice.AdviceService;
import vn.thuduc.coordbot.advice.Advisers;
import vn.thuduc.coordbot.advice.Contacts;
import vn.thuduc.coordbot.data.Contact;
import vn.thuduc.coordbot.advice.Relay;
import vn.thuduc.coordbot.advice.Ticket;
import vn.thuduc.coordbot.advice.TicketStats;
import vn.thuduc.coordbot.answer.Answer;
import vn.thuduc.coordbot.answer.AnswerEngine;
import vn.thuduc.coordbot.answer.Lang;
import vn.thuduc.coordbot.answer.Question;
import vn.thuduc.coordbot.answer.Topic;
import vn.thuduc.coordbot.answer.ZoneLabel;
import vn.thuduc.coordbot.config.Settings;
import vn.thuduc.coordbot.store.RuntimeStore;

/**
 * The Telegram side of legal advice: {@code /tuvan}, the "ask an adviser" button, the advisers'
 * group (Telegram replies to a ticket's messages, {@code /reply N}, {@code /close}, {@code /tickets})
 * and the worker's replies. Texts are rendered here; the rules and the outbox are the
 * {@link AdviceService}'s. Every relay is delivered from the outbox on the update's own thread, so it
 * passes the same rate limits and delivery gate as any reply.
 */
final class AdviceDesk implements ButtonHandler {
  private static final Logger log = LoggerFactory.getLogger(AdviceDesk.class);
  static final String PREFIX = "av:";
  private static final CompletableFuture<Void> DONE = CompletableFuture.completedFuture(null);
  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")
      .withZone(ZoneId.of("Asia/Ho_Chi_Minh"));
  private static final Set<String> ASKING = Set.of("tuvan", "advice");

  private final Optional<AdviceService> service;
  private final AnswerEngine engine;
  private final RuntimeStore runtime;
  private final Settings settings;
  private final Replier replier;
  private final AdviceTexts texts = new AdviceTexts();
  private final Contacts contacts;
  private final long group;
  /** Relays being delivered now (by an update or the timer): one sender each. */
  private final Set<Long> sending = ConcurrentHashMap.newKeySet();

  /** {@code service} empty: the feature is off (no advisers' group), and /tuvan says what the data says. */
  AdviceDesk(Optional<AdviceService> service, AnswerEngine engine, RuntimeStore runtime, Settings settings,
      Replier replier, Contacts contacts) {
    this.service = service;
    this.engine = engine;
    this.runtime = runtime;
    this.settings = settings;
    this.replier = replier;
    this.contacts = contacts;
    this.group = settings.adviserChatId().orElse(0L);
  }

  boolean enabled() {
    return service.isPresent();
  }

  void register(CommandRegistry registry) {
    registry
        .register(new Command("tuvan", Command.Access.EVERYONE, Command.Input.OPTIONAL, true, this::ask))
        .register(new Command("advice", Command.Access.EVERYONE, Command.Input.OPTIONAL, false, this::ask))
        .register(new Command("xoa", Command.Access.EVERYONE, Command.Input.NONE, true, this::forget))
        .register(new Command("forget", Command.Access.EVERYONE, Command.Input.NONE, false, this::forget))
        .register(new Command("tickets", Command.Access.EVERYONE, Command.Input.OPTIONAL, false, this::tickets))
        .register(new Command("reply", Command.Access.EVERYONE, Command.Input.OPTIONAL, false, this::reply))
        .register(new Command("close", Command.Access.EVERYONE, Command.Input.OPTIONAL, false, this::close));
  }

  // ---- what the router hands over before its own routing -------------------------------------

  /**
   * Takes the messages that belong to a ticket: a Telegram reply to a ticket's message (an adviser's
   * answer or {@code /close} in the group, a worker's follow-up in private), and the question a
   * worker was asked for after {@code /tuvan} alone. Everything else goes on to the bot as usual.
   */
  Optional<CompletionStage<Void>> intercept(Incoming in, Update update) throws Exception {
    if (service.isEmpty() || !update.hasMessage() || in.isCallback()) {
      return Optional.empty();
    }
    AdviceService s = service.get();
    Message m = update.getMessage();
    Message replied = m.getReplyToMessage();
    boolean inGroup = in.chatId() == group;
    if (replied != null && replied.getMessageId() != null && (inGroup || in.privateChat())) {
      Optional<Ticket> t = s.byMessage(in.chatId(), replied.getMessageId());
      if (t.isPresent()) {
        if (inGroup && in.command().filter("close"::equals).isPresent()) {
          return Optional.of(closeTicket(in, t.get().id(), true));
        }
        if (inGroup && !in.isCommand()) {
          return Optional.of(answer(in, t.get().id(), in.text(), m.hasText()));
        }
        if (in.privateChat() && !in.isCommand()) {
          return Optional.of(followUp(in, t.get(), m.hasText()));
        }
      }
    }
    if (in.privateChat() && s.awaitsQuestion(in.userId())) {
      if (in.isCommand()) {
        if (!ASKING.contains(in.command().get())) {
          s.cancelAwait(in.userId());
        }
        return Optional.empty();
      }
      if (m.hasText() && !in.text().isBlank()) {
        return Optional.of(open(in, lang(in), in.text()));
      }
    }
    return Optional.empty();
  }

  // ---- commands -------------------------------------------------------------------------------

  private CompletionStage<Void> ask(Request r) throws BotApiException {
    if (service.isEmpty()) {
      Answer law = engine.topic(Topic.LAW, r.lang());
      String more = contactsText(r.lang(), List.of());
      replier.send(r.chatId(), texts.get(r.lang(), "off") + "\n\n" + TelegramText.escape(law.text() + more));
      return DONE;
    }
    if (!r.in().privateChat()) {
      replier.send(r.chatId(), texts.get(r.lang(), "private.only"));
      return DONE;
    }
    if (r.args().isBlank()) {
      service.get().awaitQuestion(r.userId(), r.chatId(), r.lang());
      replier.send(r.chatId(), texts.get(r.lang(), "ask.prompt"));
      return DONE;
    }
    return open(r.in(), r.lang(), r.args());
  }

  private CompletionStage<Void> open(Incoming in, Lang lang, String question) throws BotApiException {
    AdviceService s = service.orElseThrow();
    boolean explain = !s.explained(in.userId());
    Optional<String> zone = zoneOf(question, lang);
    AdviceService.Outcome o;
    try {
      o = s.open(key(in), in.userId(), in.chatId(), lang, question, zone, t -> {
        List<Relay.Draft> d = new ArrayList<>();
        if (explain) {
          d.add(Relay.Draft.of("explain", in.chatId(), texts.get(lang, "explain", settings.adviceExpectedHours())));
        }
        d.add(new Relay.Draft("confirm", in.chatId(), texts.get(lang, "confirm", t.id(),
            settings.adviceExpectedHours()), false, "share"));
        d.add(Relay.Draft.of("post", group, post(t)));
        return d;
      });
    } catch (AdviceException e) {
      replier.send(in.chatId(), texts.get(lang, "ask.prompt"));
      return DONE;
    }
    log.info("update {}: advice ticket #{} {}", in.updateId(), o.ticket().id(), o.fresh() ? "opened" : "replayed");
    deliver(o.relays());
    return DONE;
  }

  /**
   * The desk as the web page's way to the advisers: web tickets are posted in the advisers' group
   * like Telegram's, and what the advisers write back is kept for the page (see {@link #deliver}).
   */
  Advisers advisers() {
    return new Advisers() {
      @Override
      public List<Relay.Draft> opened(Ticket t) {
        return List.of(Relay.Draft.of("post", group, post(t)));
      }

      @Override
      public List<Relay.Draft> followedUp(Ticket t, String text) {
        return List.of(new Relay.Draft("followup", group, texts.group("group.followup", t.id(),
            TelegramText.escape(text)), true, null));
      }

      @Override
      public List<Relay.Draft> closedByWorker(Ticket t) {
        return List.of(new Relay.Draft("closed", group, texts.group("group.closed.worker", t.id()), true, null));
      }

      @Override
      public void deliver(List<Relay> relays) {
        AdviceDesk.this.deliver(relays);
      }
    };
  }

  private String post(Ticket t) {
    String zone = t.zone().map(z -> " · " + TelegramText.escape(z)).orElse("") + (t.onWeb() ? " · web" : "");
    return texts.group("group.post", t.id(), texts.group("group.lang." + t.lang().code()), zone,
        WHEN.format(t.openedAt()), TelegramText.escape(t.question()));
  }

  private CompletionStage<Void> reply(Request r) throws BotApiException {
    if (!staff(r.in())) {
      return refuse(r);
    }
    String args = r.args().strip();
    int space = args.indexOf(' ');
    Optional<Long> id = number(space < 0 ? args : args.substring(0, space));
    String text = space < 0 ? "" : args.substring(space + 1).strip();
    if (id.isEmpty() || text.isEmpty()) {
      replier.send(r.chatId(), texts.get(r.lang(), "usage.reply"));
      return DONE;
    }
    return answer(r.in(), id.get(), text, true);
  }

  private CompletionStage<Void> answer(Incoming in, long id, String text, boolean isText) throws BotApiException {
    if (!isText || text.isBlank()) {
      replier.send(in.chatId(), texts.group("text.only"));
      return DONE;
    }
    try {
      AdviceService.Outcome o = service.orElseThrow().answer(key(in), id, text, t -> List.of(
          Relay.Draft.of("answer", t.chatId(), texts.get(t.lang(), "answer", t.id(), TelegramText.escape(text))),
          new Relay.Draft("sent", in.chatId(), texts.group("group.sent", t.id()), in.chatId() == group, null)));
      deliver(o.relays());
    } catch (AdviceException e) {
      groupRefusal(in, e);
    }
    return DONE;
  }

  private CompletionStage<Void> followUp(Incoming in, Ticket t, boolean isText) throws BotApiException {
    if (!isText || in.text().isBlank()) {
      replier.send(in.chatId(), texts.get(t.lang(), "text.only"));
      return DONE;
    }
    String text = in.text();
    try {
      AdviceService.Outcome o = service.orElseThrow().followUp(key(in), t.id(), in.userId(), text, tk -> List.of(
          new Relay.Draft("followup", group, texts.group("group.followup", tk.id(), TelegramText.escape(text)), true,
              null),
          Relay.Draft.of("ack", in.chatId(), texts.get(tk.lang(), "followup.sent", tk.id()))));
      deliver(o.relays());
    } catch (AdviceException e) {
      workerRefusal(in, t.lang(), e);
    }
    return DONE;
  }

  private CompletionStage<Void> close(Request r) throws BotApiException {
    Optional<Long> id = number(r.args().strip());
    if (id.isEmpty()) {
      replier.send(r.chatId(), texts.get(r.lang(), "usage.close"));
      return DONE;
    }
    if (!staff(r.in()) && !r.in().privateChat()) {
      return refuse(r);
    }
    return closeTicket(r.in(), id.get(), staff(r.in()));
  }

  private CompletionStage<Void> closeTicket(Incoming in, long id, boolean byStaff) throws BotApiException {
    if (service.isEmpty()) {
      return DONE;
    }
    try {
      AdviceService.Outcome o = service.get().close(key(in), id, in.userId(), byStaff, t -> {
        List<Relay.Draft> d = new ArrayList<>();
        d.add(new Relay.Draft("closed", t.chatId(), texts.get(t.lang(), "closed.worker", t.id()), false, "vote"));
        d.add(new Relay.Draft("closed", group, texts.group(byStaff ? "group.closed" : "group.closed.worker", t.id()),
            true, null));
        if (byStaff && in.chatId() != group) {
          d.add(Relay.Draft.of("closed", in.chatId(), texts.group("group.closed", t.id())));
        }
        return d;
      });
      if (o.fresh()) {
        runtime.audit(in.userId(), "ticket_close", true, "#" + id + (byStaff ? " by an adviser" : " by the worker"));
      }
      deliver(o.relays());
    } catch (AdviceException e) {
      if (byStaff) {
        groupRefusal(in, e);
      } else {
        workerRefusal(in, lang(in), e);
      }
    }
    return DONE;
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
        runtime.audit(r.userId(), "tickets_stats", false, "refused: not an admin");
        replier.send(r.chatId(), texts.get(r.lang(), "stats.refused"));
        return DONE;
      }
      return stats(r);
    }
    if (staff(r.in())) {
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
    List<Ticket> mine = s.ofUser(r.userId());
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
    runtime.audit(r.userId(), "tickets_export", true, all.size() + " tickets, weekly CSV");
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
    int n = service.get().forget(r.userId());
    runtime.audit(r.userId(), "ticket_forget", true, n + " tickets deleted by their worker");
    replier.send(r.chatId(), texts.get(r.lang(), n == 0 ? "forgot.none" : "forgot", n));
    return DONE;
  }

  // ---- buttons --------------------------------------------------------------------------------

  /** The "ask an adviser" button under an answer in a private chat ({@code questionId} 0: ask for it). */
  Optional<InlineKeyboardRow> row(Incoming in, Lang lang, Answer a, long questionId) {
    if (service.isEmpty() || !in.privateChat() || !offersAdviser(a)) {
      return Optional.empty();
    }
    return Optional.of(new InlineKeyboardRow(button(texts.get(lang, "button.ask"),
        PREFIX + "q:" + Math.max(0, questionId))));
  }

  /** Personal legal problems, law answers and not-found answers offer a person. */
  static boolean offersAdviser(Answer a) {
    return AdviceService.offersAdviser(a);
  }

  /** The contacts serving the answer's zone, as plain text to append to law and advice answers; empty when none. */
  String extra(Answer a) {
    if (!"advice".equals(a.intent()) && !"law".equals(a.intent())) {
      return "";
    }
    return contactsText(a.lang(), a.zoneIds());
  }

  private String contactsText(Lang lang, List<String> zoneIds) {
    List<Contact> list = contacts.serving(zoneIds);
    if (list.isEmpty()) {
      return "";
    }
    StringBuilder sb = new StringBuilder("\n\n")
        .append(texts.get(lang, "contacts.header").replaceAll("<[^>]+>", ""));
    for (Contact c : list) {
      sb.append("\n• ").append(c.describe());
    }
    return sb.toString();
  }

  @Override
  public boolean handles(String data) {
    return data.startsWith(PREFIX);
  }

  @Override
  public CompletionStage<Void> press(Request r, CallbackAnswer callback, String data) throws Exception {
    String[] parts = data.split(":");
    if (service.isEmpty() || parts.length < 3) {
      callback.answer(texts.get(r.lang(), "stale"));
      return DONE;
    }
    AdviceService s = service.get();
    Optional<Long> id = number(parts[2]);
    if (id.isEmpty()) {
      callback.answer(texts.get(r.lang(), "stale"));
      return DONE;
    }
    switch (parts[1]) {
      case "q" -> {
        callback.answer(null);
        if (!r.in().privateChat()) {
          replier.send(r.chatId(), texts.get(r.lang(), "private.only"));
          return DONE;
        }
        Optional<String> asked = id.get() > 0 ? s.loggedQuestion(id.get(), runtime.userHash(r.userId()))
            : Optional.empty();
        if (asked.isPresent() && !asked.get().isBlank()) {
          return open(r.in(), r.lang(), asked.get());
        }
        s.awaitQuestion(r.userId(), r.chatId(), r.lang());
        replier.send(r.chatId(), texts.get(r.lang(), "ask.prompt"));
        return DONE;
      }
      case "n" -> {
        String name = r.in().firstName();
        try {
          AdviceService.Outcome o = s.shareName(key(r.in()), id.get(), r.userId(), name, t -> List.of(
              new Relay.Draft("share", group, texts.group("group.shared", t.id(), TelegramText.escape(
                  t.firstName().orElse(name))), true, null)));
          callback.answer(texts.get(r.lang(), "shared"));
          deliver(o.relays());
        } catch (AdviceException e) {
          callback.answer(texts.get(r.lang(), e.reason() == AdviceException.Reason.EMPTY ? "shared.already"
              : "stale"));
        }
        return DONE;
      }
      case "v" -> {
        try {
          s.vote(id.get(), r.userId(), parts.length > 3 && parts[3].equals("u"));
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

  private InlineKeyboardMarkup keyboard(Relay r) {
    if (r.buttons() == null) {
      return null;
    }
    Lang lang = service.flatMap(s -> s.ticket(r.ticketId())).map(Ticket::lang).orElse(Lang.VI);
    return switch (r.buttons()) {
      case "share" -> InlineKeyboardMarkup.builder().keyboardRow(new InlineKeyboardRow(
          button(texts.get(lang, "button.share"), PREFIX + "n:" + r.ticketId()))).build();
      case "vote" -> InlineKeyboardMarkup.builder().keyboardRow(new InlineKeyboardRow(
          button("👍", PREFIX + "v:" + r.ticketId() + ":u"), button("👎", PREFIX + "v:" + r.ticketId() + ":d")))
          .build();
      default -> null;
    };
  }

  private static InlineKeyboardButton button(String label, String data) {
    return InlineKeyboardButton.builder().text(label).callbackData(data).build();
  }

  // ---- delivery -------------------------------------------------------------------------------

  /**
   * Sends each relay and records it as sent. A worker who blocked the bot (403) is marked and the
   * group told; other failures leave the relay in the outbox for {@link #tick()} to send later.
   */
  void deliver(List<Relay> relays) {
    AdviceService s = service.orElseThrow();
    for (Relay r : relays) {
      if (!sending.add(r.id())) {
        continue;
      }
      try {
        if (!s.stillUnsent(r)) {
          continue; // another sender delivered it between our read and our claim
        }
        Optional<Ticket> t = s.ticket(r.ticketId());
        if (t.isPresent() && r.chatId() == 0 && t.get().onWeb()) {
          s.delivered(r, List.of()); // a web worker reads it on the page
          continue;
        }
        if (t.isEmpty() || r.chatId() == 0) {
          s.failed(r, "no recipient");
          continue;
        }
        Integer replyTo = r.replyToTicket() ? t.get().groupMessageId().orElse(null) : null;
        List<Integer> ids = replier.sendTracked(r.chatId(), r.text(), keyboard(r), replyTo);
        s.delivered(r, ids);
      } catch (BotApiException e) {
        if (e.errorCode() == 403 && r.chatId() != group) {
          log.info("advice ticket #{}: the worker blocked the bot; telling the group", r.ticketId());
          try {
            deliver(s.blocked(r, t -> List.of(new Relay.Draft("blocked", group, texts.group("group.blocked",
                t.id()), true, null))).relays());
          } catch (AdviceException ex) {
            s.failed(r, "blocked");
          }
        } else if (e.errorCode() == 400 || e.errorCode() == 403) {
          log.warn("advice ticket #{}: relay {} refused ({}); not retried", r.ticketId(), r.kind(), e.getMessage());
          s.failed(r, e.getMessage());
        } else {
          log.warn("advice ticket #{}: relay {} not delivered yet ({}); retried later", r.ticketId(), r.kind(),
              e.getMessage());
        }
      } finally {
        sending.remove(r.id());
      }
    }
  }

  /** Periodic work: relays left unsent, reminders of unanswered tickets, deletion after retention. */
  void tick() {
    if (service.isEmpty()) {
      return;
    }
    AdviceService s = service.get();
    try {
      deliver(s.stale());
      for (Ticket t : s.dueReminders()) {
        deliver(s.remind(t.id(), tk -> List.of(new Relay.Draft("remind", group, texts.group("group.remind",
            tk.id(), settings.adviceRemindHours()), true, null))).relays());
      }
      int purged = s.purgeExpired();
      if (purged > 0) {
        runtime.audit(0, "ticket_retention", true, purged + " closed tickets' texts deleted after "
            + settings.adviceRetentionDays() + " days");
      }
    } catch (AdviceException | RuntimeException e) {
      log.warn("advice timer: {}", e.toString());
    }
  }

  // ---- helpers --------------------------------------------------------------------------------

  private boolean staff(Incoming in) {
    return group != 0 && in.chatId() == group || settings.isAdmin(in.userId());
  }

  private CompletionStage<Void> refuse(Request r) throws BotApiException {
    runtime.audit(r.userId(), "tickets", false, "refused: not an adviser");
    replier.send(r.chatId(), texts.get(r.lang(), "not.staff"));
    return DONE;
  }

  private void groupRefusal(Incoming in, AdviceException e) throws BotApiException {
    String key = switch (e.reason()) {
      case CLOSED -> "group.closed.already";
      case EMPTY -> "text.only";
      default -> "group.no.ticket";
    };
    replier.send(in.chatId(), texts.group(key, e.ticketId()));
  }

  private void workerRefusal(Incoming in, Lang lang, AdviceException e) throws BotApiException {
    String key = switch (e.reason()) {
      case CLOSED -> "closed.already";
      case EMPTY -> "text.only";
      default -> "no.ticket";
    };
    replier.send(in.chatId(), texts.get(lang, key, e.ticketId()));
  }

  private Lang lang(Incoming in) {
    return runtime.userLang(in.userId()).or(() -> Lang.fromCode(in.languageCode()))
        .orElseGet(() -> engine.detectLanguage(in.text()));
  }

  /** The zone the question names, as the advisers read it (Vietnamese label). */
  private Optional<String> zoneOf(String question, Lang lang) {
    try {
      List<String> ids = engine.answer(Question.of(question, lang)).zoneIds();
      if (ids.size() != 1) {
        return Optional.empty();
      }
      return engine.zones(Lang.VI).stream().filter(z -> z.id().equals(ids.get(0))).map(ZoneLabel::label)
          .findFirst();
    } catch (RuntimeException e) {
      log.warn("cannot tell the zone of a ticket: {}", e.toString());
      return Optional.empty();
    }
  }

  private static String key(Incoming in) {
    return "u" + in.updateId();
  }

  private static Optional<Long> number(String s) {
    String t = s.strip();
    if (t.startsWith("#")) {
      t = t.substring(1);
    }
    if (!t.matches("\\d{1,12}")) {
      return Optional.empty();
    }
    return Optional.of(Long.parseLong(t));
  }

  private String age(Ticket t) {
    Duration d = Duration.between(t.openedAt(), service.orElseThrow().clock().instant());
    long hours = Math.max(0, d.toHours());
    return hours >= 48 ? texts.group("group.days", hours / 24) : texts.group("group.hours", hours);
  }
}
