package vn.thuduc.coordbot.telegram.commands;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import vn.thuduc.coordbot.advice.AdviceException;
import vn.thuduc.coordbot.advice.AdviceService;
import vn.thuduc.coordbot.advice.Advisers;
import vn.thuduc.coordbot.advice.Contacts;
import vn.thuduc.coordbot.advice.Relay;
import vn.thuduc.coordbot.advice.Ticket;
import vn.thuduc.coordbot.answer.AnswerEngine;
import vn.thuduc.coordbot.lang.Lang;
import vn.thuduc.coordbot.lang.ReplyLanguage;
import vn.thuduc.coordbot.answer.ZoneLabel;
import vn.thuduc.coordbot.config.Settings;
import vn.thuduc.coordbot.identity.Identity;
import vn.thuduc.coordbot.preferences.LanguageChoice;
import vn.thuduc.coordbot.questions.Questions;
import vn.thuduc.coordbot.chatstate.AuditLog;
import vn.thuduc.coordbot.chat.CommandRegistry;
import vn.thuduc.coordbot.telegram.Handlers;
import vn.thuduc.coordbot.telegram.Incoming;
import vn.thuduc.coordbot.telegram.Replier;
import vn.thuduc.coordbot.telegram.transport.BotApiException;
import vn.thuduc.coordbot.telegram.transport.TelegramText;
import vn.thuduc.coordbot.telegram.ButtonPress;
import vn.thuduc.coordbot.telegram.CommandHandler;

/**
 * The Telegram side of legal advice, the ticket flow: {@code /tuvan}, the "ask an adviser" button, the advisers'
 * group (Telegram replies to a ticket's messages, {@code /reply N}, {@code /close}, {@code /tickets})
 * and the worker's replies. Texts are rendered here; the rules and the outbox are the
 * {@link AdviceService}'s. Every relay is delivered from the outbox on the update's own thread, so it
 * passes the same rate limits and delivery gate as any reply.
 * At about 330 lines it is one conversation (open, answer, follow up, close) over one service; its
 * commands, relays and answer offers are classes of their own.
 */
final class AdviceDesk {
  private static final Logger log = LoggerFactory.getLogger(AdviceDesk.class);
  private static final CompletableFuture<Void> DONE = CompletableFuture.completedFuture(null);
  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")
      .withZone(ZoneId.of("Asia/Ho_Chi_Minh"));
  private static final Set<String> ASKING = Set.of("tuvan", "advice");
  private static final Pattern TICKET_NUMBER = Pattern.compile("#(\\d{1,12})\\b");

  private final Optional<AdviceService> service;
  private final AnswerEngine engine;
  private final AuditLog audit;
  private final LanguageChoice languages;
  private final Settings settings;
  private final Replier replier;
  private final AdviceTexts texts = new AdviceTexts();
  private final AdviceOffers offers;
  private final long group;
  private final AdviceRelays relays;
  private final AdviceCommands commands;

  /** {@code service} empty: the feature is off (no advisers' group), and /tuvan says what the data says. */
  AdviceDesk(Optional<AdviceService> service, Questions questions, AuditLog audit, LanguageChoice languages,
      Settings settings,
      Replier replier, Contacts contacts) {
    this.service = service;
    this.engine = questions.engine();
    this.audit = audit;
    this.languages = languages;
    this.settings = settings;
    this.replier = replier;
    this.offers = new AdviceOffers(service, texts, contacts);
    this.group = settings.adviserChatId().orElse(0L);
    this.relays = new AdviceRelays(service, audit, settings, replier, texts);
    this.commands = new AdviceCommands(this, service, questions, audit, settings, replier, texts);
  }

  /** Registers the ticket commands and buttons, and takes the messages that belong to a ticket. */
  void register(CommandRegistry<CommandHandler, ButtonPress> registry, Handlers handlers) {
    handlers.interceptor(this::intercept);
    commands.register(registry);
  }

  /**
   * The desk as the web page's way to the advisers: web tickets are posted in the advisers' group
   * like Telegram's, and what the advisers write back is kept for the page (see {@link AdviceRelays}).
   */
  Advisers advisers() {
    return groupSide();
  }

  /** What the advisers' group is told, written once for the tickets of every channel (Telegram's too). */
  private Advisers groupSide() {
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
      public List<Relay.Draft> unreachable(Ticket t, String code) {
        return List.of(new Relay.Draft("blocked", group, texts.group("group.unreachable", t.id(),
            TelegramText.escape(code)), true, null));
      }

      @Override
      public void deliver(List<Relay> relays) {
        AdviceDesk.this.deliver(relays);
      }
    };
  }

  /** What answers offer of legal advice: the "ask an adviser" button, the contacts of the zone. */
  AdviceOffers offers() {
    return offers;
  }

  /** Periodic work: relays left unsent, reminders of unanswered tickets, deletion after retention. */
  void tick() {
    relays.tick();
  }

  void deliver(List<Relay> relays) {
    this.relays.deliver(relays);
  }

  boolean enabled() {
    return service.isPresent();
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
      List<Long> about = inGroup ? ticketsAbout(s, in.chatId(), replied)
          : s.byMessage(in.chatId(), replied.getMessageId()).map(tk -> List.of(tk.id())).orElse(List.of());
      boolean forTicket = in.command().filter("close"::equals).isPresent() || !in.isCommand();
      if (about.size() > 1 && forTicket) {
        replier.send(in.chatId(), texts.group("group.which", about.stream().map(n -> "#" + n)
            .collect(Collectors.joining(", ")), String.valueOf(about.get(0))));
        return Optional.of(DONE);
      }
      Optional<Ticket> t = about.size() == 1 ? s.ticket(about.get(0)) : Optional.empty();
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
    if (in.privateChat() && s.awaitsQuestion(who(in))) {
      if (in.isCommand()) {
        if (!ASKING.contains(in.command().get())) {
          s.cancelAwait(who(in));
        }
        return Optional.empty();
      }
      if (m.hasText() && !in.text().isBlank()) {
        return Optional.of(open(in, lang(in), in.text()));
      }
    }
    return Optional.empty();
  }


  /**
   * The tickets a bot message in the group is about: the one it was sent for (linked when it was
   * delivered), else every live ticket its text names as {@code #N} (a list, a refusal, a message
   * sent before its link was written). Messages of people are about no ticket.
   */
  private static List<Long> ticketsAbout(AdviceService s, long chatId, Message replied) {
    Optional<Ticket> linked = s.byMessage(chatId, replied.getMessageId());
    if (linked.isPresent()) {
      return List.of(linked.get().id());
    }
    if (replied.getFrom() == null || !Boolean.TRUE.equals(replied.getFrom().getIsBot())) {
      return List.of();
    }
    String text = replied.getText() != null ? replied.getText() : replied.getCaption();
    if (text == null) {
      return List.of();
    }
    Set<Long> ids = new LinkedHashSet<>();
    Matcher m = TICKET_NUMBER.matcher(text);
    while (m.find()) {
      long id = Long.parseLong(m.group(1));
      if (s.ticket(id).filter(tk -> !tk.purged()).isPresent()) {
        ids.add(id);
      }
    }
    return List.copyOf(ids);
  }

  CompletionStage<Void> open(Incoming in, Lang lang, String question) throws BotApiException {
    AdviceService s = service.orElseThrow();
    boolean explain = !s.explained(who(in));
    Optional<String> zone = zoneOf(question, lang);
    AdviceService.Outcome o;
    try {
      o = s.open(key(in), who(in), in.chatId(), lang, question, zone, t -> {
        List<Relay.Draft> d = new ArrayList<>();
        if (explain) {
          d.add(Relay.Draft.of("explain", in.chatId(), texts.get(lang, "explain", settings.adviceExpectedHours())));
        }
        d.add(new Relay.Draft("confirm", in.chatId(), texts.get(lang, "confirm", t.id(),
            settings.adviceExpectedHours()), false, "share"));
        d.addAll(groupSide().opened(t));
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

  private String post(Ticket t) {
    String zone = t.zone().map(z -> " · " + TelegramText.escape(z)).orElse("") + (t.onWeb() ? " · web" : "");
    return texts.group("group.post", t.id(), texts.group("group.lang." + t.lang().code()), zone,
        WHEN.format(t.openedAt()), TelegramText.escape(t.question()));
  }

  CompletionStage<Void> answer(Incoming in, long id, String text, boolean isText) throws BotApiException {
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
      AdviceService.Outcome o = service.orElseThrow().followUp(key(in), t.id(), who(in), text, tk -> {
        List<Relay.Draft> d = new ArrayList<>(groupSide().followedUp(tk, text));
        d.add(Relay.Draft.of("ack", in.chatId(), texts.get(tk.lang(), "followup.sent", tk.id())));
        return d;
      });
      deliver(o.relays());
    } catch (AdviceException e) {
      workerRefusal(in, t.lang(), e);
    }
    return DONE;
  }

  CompletionStage<Void> closeTicket(Incoming in, long id, boolean byStaff) throws BotApiException {
    if (service.isEmpty()) {
      return DONE;
    }
    try {
      AdviceService.Outcome o = service.get().close(key(in), id, who(in), byStaff, t -> {
        List<Relay.Draft> d = new ArrayList<>();
        d.add(new Relay.Draft("closed", t.chatId(), texts.get(t.lang(), "closed.worker", t.id()), false, "vote"));
        d.addAll(byStaff ? List.of(new Relay.Draft("closed", group, texts.group("group.closed", t.id()), true, null))
            : groupSide().closedByWorker(t));
        if (byStaff && in.chatId() != group) {
          d.add(Relay.Draft.of("closed", in.chatId(), texts.group("group.closed", t.id())));
        }
        return d;
      });
      if (o.fresh()) {
        audit.record(in.userId(), "ticket_close", true, "#" + id + (byStaff ? " by an adviser" : " by the worker"));
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

  // ---- buttons --------------------------------------------------------------------------------



  // ---- helpers --------------------------------------------------------------------------------

  boolean staff(Incoming in) {
    return group != 0 && in.chatId() == group || settings.isAdmin(in.userId());
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

  Lang lang(Incoming in) {
    return languages.reply(who(in), in.languageCode(), in.text());
  }

  /** The zone the question names, as the advisers read it (Vietnamese label). */
  private Optional<String> zoneOf(String question, Lang lang) {
    try {
      List<String> ids = engine.zonesNamed(question, lang);
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

  /** The Telegram user as a person the advice service knows. */
  static Identity who(Incoming in) {
    return Identity.telegram(in.userId());
  }

  static String key(Incoming in) {
    return "u" + in.updateId();
  }


}
