package vn.thuduc.coordbot.telegram;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;
import vn.thuduc.coordbot.answer.Answer;
import vn.thuduc.coordbot.answer.AnswerEngine;
import vn.thuduc.coordbot.answer.ChartData;
import vn.thuduc.coordbot.answer.Lang;
import vn.thuduc.coordbot.answer.Messages;
import vn.thuduc.coordbot.answer.Question;
import vn.thuduc.coordbot.questions.Asked;
import vn.thuduc.coordbot.questions.Asker;
import vn.thuduc.coordbot.questions.Questions;
import vn.thuduc.coordbot.answer.Topic;
import vn.thuduc.coordbot.answer.ZoneLabel;
import vn.thuduc.coordbot.app.ReloadReport;
import vn.thuduc.coordbot.chart.ChartRenderer;
import vn.thuduc.coordbot.config.Settings;
import vn.thuduc.coordbot.data.DataException;
import vn.thuduc.coordbot.store.RuntimeStore;

/**
 * The handlers of the bot's commands and buttons, and the registry that names them. Every answer
 * comes from the {@link AnswerEngine}; this class only picks the engine call and renders the result.
 */
final class BotCommands {
  private static final Logger log = LoggerFactory.getLogger(BotCommands.class);
  static final String CHANNEL = "telegram";
  private static final int MAX_CHANGES_SHOWN = 30;
  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
      .withZone(ZoneId.of("Asia/Ho_Chi_Minh"));
  private static final CompletableFuture<Void> DONE = CompletableFuture.completedFuture(null);

  private final Questions questions;
  private final AnswerEngine engine;
  private final RuntimeStore runtime;
  private final DataReloader reloader;
  private final Settings settings;
  private final Clock clock;
  private final Instant startedAt;
  private final Messages messages;
  private final Replier replier;
  private final ChartRenderer charts;
  private final Executor reloadExecutor;
  private final Languages languages;
  private final UpdateLedger ledger;
  private final Optional<DataTools> tools;
  private final Optional<AdviceDesk> advice;
  private final CommandRegistry registry;
  private final Command question;
  private final ChoiceButtons choices = new ChoiceButtons(10_000);

  BotCommands(Questions questions, RuntimeStore runtime, DataReloader reloader, Settings settings, Clock clock,
      Instant startedAt, Messages messages, Replier replier, ChartRenderer charts, Executor reloadExecutor,
      Languages languages, UpdateLedger ledger) {
    this(questions, runtime, reloader, settings, clock, startedAt, messages, replier, charts, reloadExecutor, languages,
        ledger, Optional.empty());
  }

  /** With {@code tools}: answers carry feedback (and export) buttons, and its commands are registered. */
  BotCommands(Questions questions, RuntimeStore runtime, DataReloader reloader, Settings settings, Clock clock,
      Instant startedAt, Messages messages, Replier replier, ChartRenderer charts, Executor reloadExecutor,
      Languages languages, UpdateLedger ledger, Optional<DataTools> tools) {
    this(questions, runtime, reloader, settings, clock, startedAt, messages, replier, charts, reloadExecutor, languages,
        ledger, tools, Optional.empty());
  }

  /** With {@code advice}: the legal-advice commands, and "ask an adviser" under law, advice and not-found answers. */
  BotCommands(Questions questions, RuntimeStore runtime, DataReloader reloader, Settings settings, Clock clock,
      Instant startedAt, Messages messages, Replier replier, ChartRenderer charts, Executor reloadExecutor,
      Languages languages, UpdateLedger ledger, Optional<DataTools> tools, Optional<AdviceDesk> advice) {
    this.advice = advice;
    this.questions = questions;
    this.engine = questions.engine();
    this.runtime = runtime;
    this.reloader = reloader;
    this.settings = settings;
    this.clock = clock;
    this.startedAt = startedAt;
    this.messages = messages;
    this.replier = replier;
    this.charts = charts;
    this.reloadExecutor = reloadExecutor;
    this.languages = languages;
    this.ledger = ledger;
    this.tools = tools;
    this.registry = new CommandRegistry()
        .register(everyone("start", Command.Input.NONE, this::start))
        .register(everyone("help", Command.Input.NONE, this::help))
        .register(everyone("zones", Command.Input.NONE, this::zones))
        .register(everyone("zone", Command.Input.OPTIONAL, this::zone))
        .register(everyone("stats", Command.Input.NONE, this::stats))
        .register(everyone("chart", Command.Input.NONE, this::chart))
        .register(everyone("meeting", Command.Input.NONE, r -> topic(r, Topic.MEETING)))
        .register(everyone("awards", Command.Input.NONE, r -> topic(r, Topic.AWARDS)))
        .register(everyone("law", Command.Input.NONE, r -> topic(r, Topic.LAW)))
        .register(everyone("search", Command.Input.REQUIRED, this::search))
        .register(everyone("lang", Command.Input.OPTIONAL, this::lang))
        .register(everyone("about", Command.Input.NONE, r -> topic(r, Topic.ABOUT)))
        .register(everyone("new", Command.Input.NONE, this::startOver))
        .register(new Command("reload", Command.Access.ADMIN, Command.Input.NONE, false, this::reload))
        .register(new Command("status", Command.Access.ADMIN, Command.Input.NONE, false, this::status))
        .register(new Command("unanswered", Command.Access.ADMIN, Command.Input.NONE, false, this::unanswered));
    this.question = new Command("ask", Command.Access.EVERYONE, Command.Input.REQUIRED, false, this::ask);
    tools.ifPresent(t -> t.register(registry));
    advice.ifPresent(d -> d.register(registry));
  }

  CommandRegistry registry() {
    return registry;
  }

  /** Plain text: a question for the engine. */
  Command question() {
    return question;
  }

  long answeredSinceStart() {
    return questions.count(CHANNEL, true);
  }

  long notAnsweredSinceStart() {
    return questions.count(CHANNEL, false);
  }

  private static Command everyone(String name, Command.Input input, Command.Handler handler) {
    return new Command(name, Command.Access.EVERYONE, input, true, handler);
  }

  // ---- commands -------------------------------------------------------------------------------

  private CompletionStage<Void> start(Request r) throws BotApiException {
    String name = TelegramText.escape(r.in().firstName().isBlank() ? "" : r.in().firstName());
    String text = messages.get(r.lang(), "welcome", name).replace("  ", " ").replace(" !", "!");
    replier.send(r.chatId(), text, topicsKeyboard(r.lang()));
    return DONE;
  }

  private CompletionStage<Void> help(Request r) throws BotApiException {
    StringBuilder sb = new StringBuilder(messages.get(r.lang(), "help.header")).append('\n');
    for (Command c : registry.all()) {
      if (c.access() == Command.Access.EVERYONE) {
        sb.append('/').append(c.name()).append(" — ").append(messages.get(r.lang(), c.helpKey())).append('\n');
      }
    }
    if (settings.isAdmin(r.userId())) {
      sb.append('\n').append(messages.get(r.lang(), "help.admin")).append('\n');
      for (Command c : registry.all()) {
        if (c.access() == Command.Access.ADMIN) {
          sb.append('/').append(c.name()).append(" — ").append(messages.get(r.lang(), c.helpKey())).append('\n');
        }
      }
    }
    sb.append('\n').append(messages.get(r.lang(), "help.footer"));
    replier.send(r.chatId(), sb.toString());
    return DONE;
  }

  private CompletionStage<Void> zones(Request r) throws BotApiException {
    Optional<InlineKeyboardMarkup> keyboard = zonesKeyboard(r.lang());
    if (keyboard.isEmpty()) {
      replier.send(r.chatId(), messages.get(r.lang(), "zones.empty"));
    } else {
      replier.send(r.chatId(), messages.get(r.lang(), "zones.pick"), keyboard.get());
    }
    return DONE;
  }

  private CompletionStage<Void> zone(Request r) throws BotApiException {
    if (r.args().isBlank()) {
      return zones(r);
    }
    return ask(r);
  }

  private CompletionStage<Void> stats(Request r) throws BotApiException {
    replier.typing(r.chatId());
    Asked asked = questions.topic(asker(r), "/stats", Topic.STATS, r.lang());
    sendAnswer(r.chatId(), asked.answer(), true, keyboard(r, asked, true));
    return DONE;
  }

  private CompletionStage<Void> chart(Request r) throws BotApiException {
    Answer a = engine.topic(Topic.STATS, r.lang());
    if (a.chart().isEmpty()) {
      replier.send(r.chatId(), messages.get(r.lang(), "chart.none"));
    } else {
      sendChart(r.chatId(), a.chart().get());
    }
    return DONE;
  }

  private CompletionStage<Void> topic(Request r, Topic topic) throws BotApiException {
    replier.typing(r.chatId());
    Asked asked = questions.topic(asker(r), "/" + topic.name().toLowerCase(Locale.ROOT), topic, r.lang());
    Answer a = asked.answer();
    sendAnswer(r.chatId(), withAdvice(a), true, withAdvice(r, a, 0, keyboard(r, asked, false)));
    return DONE;
  }

  private CompletionStage<Void> search(Request r) throws BotApiException {
    replier.typing(r.chatId());
    Asked asked = questions.search(asker(r), "/search " + r.args(), r.args(), r.lang());
    Answer a = asked.answer();
    long id = asked.logId();
    sendAnswer(r.chatId(), a, false, tools.flatMap(t -> t.keyboard(r.lang(), a, id, false)).orElse(null));
    return DONE;
  }

  private CompletionStage<Void> lang(Request r) throws BotApiException {
    Optional<Lang> wanted = Lang.fromCode(r.args().strip().toLowerCase(Locale.ROOT)
        .replace("tiếng việt", "vi").replace("tieng viet", "vi").replace("english", "en"));
    if (wanted.isEmpty()) {
      replier.send(r.chatId(), messages.get(r.lang(), "usage.lang"), langKeyboard());
      return DONE;
    }
    setLang(r, wanted.get());
    return DONE;
  }

  private void setLang(Request r, Lang lang) throws BotApiException {
    languages.remember(r.userId(), lang);
    replier.send(r.chatId(), messages.get(lang, "lang.set"));
  }

  private CompletionStage<Void> ask(Request r) throws BotApiException {
    return ask(r, r.args());
  }

  /** A question asked in the user's conversation in this chat, so follow-ups build on it. */
  private CompletionStage<Void> ask(Request r, String text) throws BotApiException {
    replier.typing(r.chatId());
    Asked asked = questions.ask(asker(r), Question.of(text, r.lang()).inConversation(conversation(r)));
    Answer a = asked.answer();
    long id = asked.logId();
    InlineKeyboardMarkup keyboard = a.choices().isEmpty()
        ? withAdvice(r, a, id, tools.flatMap(t -> t.keyboard(r.lang(), a, id, false)).orElse(null))
        : choicesKeyboard(a.choices());
    sendAnswer(r.chatId(), withAdvice(a), true, keyboard);
    return DONE;
  }

  /** One conversation per user per chat: two people in a group keep separate follow-ups. */
  static String conversation(Request r) {
    return "tg:" + r.chatId() + ":" + r.userId();
  }

  private CompletionStage<Void> startOver(Request r) throws BotApiException {
    engine.forget(conversation(r));
    replier.send(r.chatId(), messages.get(r.lang(), "new.done"));
    return DONE;
  }

  // ---- admin ----------------------------------------------------------------------------------

  private CompletionStage<Void> reload(Request r) {
    replier.typing(r.chatId());
    long before = engine.datasetVersion();
    // The reload runs on its own thread: other chats keep getting answers meanwhile, and this
    // chat's later updates wait for the result so that replies stay in order.
    return CompletableFuture.runAsync(() -> {
      String text;
      try {
        ReloadReport report = reloader.reload(CHANNEL + ":" + r.userId());
        int zones = engine.zones(r.lang()).size();
        text = reloadText(r.lang(), report, zones);
        runtime.audit(r.userId(), "reload", true, "version " + report.version() + (report.unchanged()
            ? ", unchanged" : ", +" + report.added() + " ~" + report.changed() + " -" + report.removed()));
      } catch (DataException e) {
        text = messages.get(r.lang(), "reload.failed", TelegramText.escape(e.getMessage()), before);
        runtime.audit(r.userId(), "reload", true, "rejected: " + e.getMessage());
      } catch (RuntimeException e) {
        log.error("reload requested by {} failed", r.userId(), e);
        text = messages.get(r.lang(), "reload.error", TelegramText.escape(e.getClass().getSimpleName()), before);
        runtime.audit(r.userId(), "reload", true, "failed: " + e);
      }
      try {
        replier.send(r.chatId(), text);
      } catch (BotApiException e) {
        throw new CompletionException(e);
      }
    }, reloadExecutor);
  }

  private String reloadText(Lang lang, ReloadReport report, int zones) {
    if (report.unchanged()) {
      return messages.get(lang, "reload.unchanged", report.version(), zones, report.millis());
    }
    StringBuilder sb = new StringBuilder(messages.get(lang, "reload.ok", report.version(), zones,
        report.documents(), report.added(), report.changed(), report.removed(), report.millis()));
    if (!report.changes().isEmpty()) {
      sb.append("\n\n").append(messages.get(lang, "reload.changes"));
      List<String> changes = report.changes();
      for (int i = 0; i < changes.size() && i < MAX_CHANGES_SHOWN; i++) {
        sb.append("\n• ").append(TelegramText.escape(changes.get(i)));
      }
      if (changes.size() > MAX_CHANGES_SHOWN) {
        sb.append("\n… (+").append(changes.size() - MAX_CHANGES_SHOWN).append(')');
      }
    }
    return sb.toString();
  }

  private CompletionStage<Void> status(Request r) throws BotApiException {
    runtime.audit(r.userId(), "status", true, "");
    Duration up = Duration.between(startedAt, clock.instant());
    String text = messages.get(r.lang(), "status.body", engine.datasetVersion(), engine.zones(r.lang()).size(),
        engine.documents(), uptime(up), answeredSinceStart(), notAnsweredSinceStart(), ledger.handled(),
        settings.adminIds().size());
    replier.send(r.chatId(), text);
    return DONE;
  }

  private CompletionStage<Void> unanswered(Request r) throws BotApiException {
    runtime.audit(r.userId(), "unanswered", true, "");
    List<RuntimeStore.Unanswered> list = runtime.unanswered(settings.unansweredShown());
    if (list.isEmpty()) {
      replier.send(r.chatId(), messages.get(r.lang(), "unanswered.none"));
      return DONE;
    }
    StringBuilder sb = new StringBuilder(messages.get(r.lang(), "unanswered.header"));
    for (RuntimeStore.Unanswered u : list) {
      String q = TelegramText.truncatePlain(u.question().replace('\n', ' ').strip(), 300);
      sb.append('\n').append(messages.get(r.lang(), "unanswered.item", TelegramText.escape(q), u.times(),
          WHEN.format(u.last())));
    }
    replier.send(r.chatId(), sb.toString());
    return DONE;
  }

  static String uptime(Duration d) {
    long s = Math.max(0, d.getSeconds());
    long days = s / 86_400;
    long hours = s % 86_400 / 3600;
    long minutes = s % 3600 / 60;
    long seconds = s % 60;
    return (days > 0 ? days + " d " : "") + (days > 0 || hours > 0 ? hours + " h " : "") + minutes + " min "
        + seconds + " s";
  }

  // ---- buttons --------------------------------------------------------------------------------

  /** Handles a button press; the caller answers the callback query whatever happens here. */
  CompletionStage<Void> press(Request r, String data) throws Exception {
    int colon = data.indexOf(':');
    String kind = colon < 0 ? data : data.substring(0, colon);
    String value = colon < 0 ? "" : data.substring(colon + 1);
    switch (kind) {
      case "z" -> {
        replier.typing(r.chatId());
        Answer card = engine.zoneCard(value, r.lang());
        replier.editOrSend(r.chatId(), r.in().messageId(), TelegramText.escape(card.text()),
            zonesKeyboard(r.lang()).orElse(null));
        return DONE;
      }
      case "t" -> {
        Optional<Command> c = registry.find(value);
        if (c.isPresent() && c.get().access() == Command.Access.EVERYONE) {
          return c.get().handler().handle(new Request(r.in(), r.lang(), ""));
        }
        return DONE;
      }
      case "a" -> {
        Optional<String> choice = choices.take(value);
        return choice.isPresent() ? ask(r, choice.get()) : DONE;
      }
      case "l" -> {
        Optional<Lang> lang = Lang.fromCode(value);
        if (lang.isPresent()) {
          setLang(r, lang.get());
        }
        return DONE;
      }
      default -> {
        log.info("update {}: unknown button data '{}'", r.in().updateId(), data);
        return DONE;
      }
    }
  }

  /** True when a press carries data this bot can act on (else the press gets a stale-button note). */
  boolean knowsButton(String data) {
    return data != null && (data.startsWith("z:") || data.startsWith("l:")
        || data.startsWith("a:") && choices.knows(data.substring(2))
        || data.startsWith("t:") && registry.find(data.substring(2)).isPresent());
  }

  // ---- rendering ------------------------------------------------------------------------------

  /** The answer with the contacts that serve its zone appended (law and advice answers, when there are any). */
  private Answer withAdvice(Answer a) {
    String extra = advice.map(d -> d.extra(a)).orElse("");
    return extra.isEmpty() ? a : new Answer(a.text() + extra, a.answered(), a.intent(), a.sources(), a.lang(),
        a.chart(), a.zoneIds(), a.query(), a.choices());
  }

  /** {@code keyboard} plus the "ask an adviser" row where the answer offers one ({@code questionId} 0: asks anew). */
  private InlineKeyboardMarkup withAdvice(Request r, Answer a, long questionId, InlineKeyboardMarkup keyboard) {
    Optional<InlineKeyboardRow> row = advice.flatMap(d -> d.row(r.in(), r.lang(), a, questionId));
    if (row.isEmpty()) {
      return keyboard;
    }
    List<InlineKeyboardRow> rows = new ArrayList<>();
    if (keyboard != null) {
      rows.addAll(keyboard.getKeyboard());
    }
    rows.add(row.get());
    return InlineKeyboardMarkup.builder().keyboard(rows).build();
  }

  private void sendAnswer(long chatId, Answer a, boolean withChart) throws BotApiException {
    sendAnswer(chatId, a, withChart, null);
  }

  private void sendAnswer(long chatId, Answer a, boolean withChart, InlineKeyboardMarkup keyboard)
      throws BotApiException {
    replier.send(chatId, TelegramText.escape(a.text()), keyboard);
    if (withChart && a.chart().isPresent()) {
      sendChart(chatId, a.chart().get());
    }
  }

  private void sendChart(long chatId, ChartData chart) throws BotApiException {
    replier.photo(chatId, charts.png(chart), chart.title());
  }

  private static Asker asker(Request r) {
    return new Asker(CHANNEL, r.userId());
  }

  /** The buttons under a topic answer; the topic is logged (not counted as a question) so it can be rated. */
  private InlineKeyboardMarkup keyboard(Request r, Asked asked, boolean stats) {
    if (tools.isEmpty()) {
      return null;
    }
    return tools.get().keyboard(r.lang(), asked.answer(), asked.logId(), stats).orElse(null);
  }

  InlineKeyboardMarkup topicsKeyboard(Lang lang) {
    String[][] rows = {{"zones", "stats"}, {"meeting", "law"}, {"awards", "help"}};
    List<InlineKeyboardRow> keyboard = new ArrayList<>();
    for (String[] row : rows) {
      InlineKeyboardRow r = new InlineKeyboardRow();
      for (String topic : row) {
        r.add(button(messages.get(lang, "topic." + topic), "t:" + topic));
      }
      keyboard.add(r);
    }
    return InlineKeyboardMarkup.builder().keyboard(keyboard).build();
  }

  Optional<InlineKeyboardMarkup> zonesKeyboard(Lang lang) {
    List<InlineKeyboardRow> rows = new ArrayList<>();
    for (ZoneLabel z : engine.zones(lang)) {
      String data = "z:" + z.id();
      if (data.getBytes(StandardCharsets.UTF_8).length > TelegramText.MAX_CALLBACK_DATA) {
        log.warn("zone id '{}' is too long for a button and is left out", z.id());
        continue;
      }
      rows.add(new InlineKeyboardRow(button(z.label(), data)));
    }
    return rows.isEmpty() ? Optional.empty() : Optional.of(InlineKeyboardMarkup.builder().keyboard(rows).build());
  }

  /** A clarifying question's choices as buttons; pressing one asks it in the conversation. */
  private InlineKeyboardMarkup choicesKeyboard(List<String> options) {
    List<InlineKeyboardRow> rows = new ArrayList<>();
    for (String option : options) {
      rows.add(new InlineKeyboardRow(button(option, "a:" + choices.put(option))));
    }
    return InlineKeyboardMarkup.builder().keyboard(rows).build();
  }

  private InlineKeyboardMarkup langKeyboard() {
    return InlineKeyboardMarkup.builder().keyboardRow(new InlineKeyboardRow(
        button(messages.get(Lang.VI, "lang.button.vi"), "l:vi"),
        button(messages.get(Lang.EN, "lang.button.en"), "l:en"))).build();
  }

  private static InlineKeyboardButton button(String label, String data) {
    return InlineKeyboardButton.builder().text(label).callbackData(data).build();
  }
}
