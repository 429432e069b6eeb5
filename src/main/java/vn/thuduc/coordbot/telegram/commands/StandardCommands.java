package vn.thuduc.coordbot.telegram.commands;

import vn.thuduc.coordbot.chat.Access;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.thuduc.coordbot.advice.AdviceService;
import vn.thuduc.coordbot.advice.Advisers;
import vn.thuduc.coordbot.advice.Contacts;
import vn.thuduc.coordbot.answer.Topic;
import vn.thuduc.coordbot.chart.ChartRenderer;
import vn.thuduc.coordbot.telegram.BotContext;
import vn.thuduc.coordbot.telegram.BotFeatures;
import vn.thuduc.coordbot.chat.Command;
import vn.thuduc.coordbot.telegram.CommandHandler;
import vn.thuduc.coordbot.chat.CommandRegistry;
import vn.thuduc.coordbot.telegram.Handlers;
import vn.thuduc.coordbot.chat.Route;
import vn.thuduc.coordbot.telegram.ButtonPress;

/**
 * The bot's commands and buttons: builds each group of commands over the bot's parts and registers
 * them, in the order help and the command menu list them. The data tools come with
 * {@link BotContext#features()}, legal advice with {@link BotContext#advice()}.
 */
public final class StandardCommands implements Handlers.Factory {
  private static final Logger log = LoggerFactory.getLogger(StandardCommands.class);

  @Override
  public Handlers build(BotContext c) {
    CommandRegistry<CommandHandler, ButtonPress> registry = new CommandRegistry<CommandHandler, ButtonPress>();
    Optional<Tools> tools = c.features().map(f -> new Tools(c, f));
    List<AutoCloseable> closing = new ArrayList<>();
    Optional<AdviceDesk> desk = c.advice().map(a -> adviceDesk(c, a, closing));
    AnswerReplies answers = new AnswerReplies(c.replier(), new ChartRenderer(),
        tools.map(Tools::feedback), tools.map(Tools::export), desk.map(AdviceDesk::offers));
    AskCommands asks = new AskCommands(c.questions(), c.messages(), c.replier(), answers);
    StartCommands start = new StartCommands(registry, c.settings(), c.messages(), c.replier());
    ZoneCommands zones = new ZoneCommands(c.engine(), c.messages(), c.replier(), asks);
    TopicCommands topics = new TopicCommands(c.questions(), c.messages(), c.replier(), answers);
    LangCommand lang = new LangCommand(c.languages(), c.messages(), c.replier());
    AdminCommands admin = new AdminCommands(c, c.threads().single("tg-reload"));
    registry
        .register(everyone("start", Command.Input.NONE, start::start))
        .register(everyone("help", Command.Input.NONE, start::help))
        .register(everyone("zones", Command.Input.NONE, zones::zones))
        .register(everyone("zone", Command.Input.OPTIONAL, zones::zone))
        .register(everyone("stats", Command.Input.NONE, topics::stats))
        .register(everyone("chart", Command.Input.NONE, topics::chart))
        .register(everyone("meeting", Command.Input.NONE, r -> topics.topic(r, Topic.MEETING)))
        .register(everyone("awards", Command.Input.NONE, r -> topics.topic(r, Topic.AWARDS)))
        .register(everyone("law", Command.Input.NONE, r -> topics.topic(r, Topic.LAW)))
        .register(everyone("search", Command.Input.REQUIRED, asks::search))
        .register(everyone("lang", Command.Input.OPTIONAL, lang::lang))
        .register(everyone("about", Command.Input.NONE, r -> topics.topic(r, Topic.ABOUT)))
        .register(everyone("new", Command.Input.NONE, asks::startOver))
        .register(admin("reload", admin::reload))
        .register(admin("status", admin::status))
        .register(admin("unanswered", admin::unanswered))
        .button(Route.ZoneCard.class, ButtonPress.of(zones::press))
        .button(Route.Shortcut.class, ButtonPress.of(start::press))
        .button(Route.Choice.class, ButtonPress.of(asks::press))
        .button(Route.SetLang.class, ButtonPress.of(lang::press));
    Handlers handlers = new Handlers(registry,
        new Command<>("ask", Access.EVERYONE, Command.Input.REQUIRED, false, asks::ask));
    closing.forEach(handlers::closing);
    tools.ifPresent(t -> t.register(registry, handlers));
    desk.ifPresent(d -> d.register(registry, handlers));
    return handlers;
  }

  private static Command<CommandHandler> everyone(String name, Command.Input input, CommandHandler handler) {
    return new Command<>(name, Access.EVERYONE, input, true, handler);
  }

  private static Command<CommandHandler> admin(String name, CommandHandler handler) {
    return new Command<>(name, Access.ADMINS, Command.Input.NONE, false, handler);
  }

  /**
   * The legal-advice desk: with a ticket service when an advisers' group is set (its timer sends
   * left-over relays, reminders and deletions every minute, and the web page reaches the advisers
   * through it), without one otherwise (then /tuvan says what the data says).
   */
  private static AdviceDesk adviceDesk(BotContext c, AdviceService advice, List<AutoCloseable> closing) {
    Optional<AdviceService> service = c.settings().adviserChatId().map(g -> advice);
    AdviceDesk desk = new AdviceDesk(service, c.questions(), c.audit(), c.languages().choice(), c.settings(), c.replier(),
        new Contacts(c.settings().dataDir()));
    if (service.isPresent()) {
      ScheduledExecutorService timer = c.threads().scheduled("tg-advice");
      timer.scheduleWithFixedDelay(desk::tick, 5, 60, TimeUnit.SECONDS);
      Advisers advisers = desk.advisers();
      advice.attach(advisers);
      closing.add(() -> advice.detach(advisers));
      log.info("legal advice: tickets go to the advisers' group {}", c.settings().adviserChatId().get());
    }
    return desk;
  }

  /** The data-management and officials' commands: import, versions, subscriptions, ratings, export, inline. */
  private static final class Tools {
    private final ImportCommands imports;
    private final VersionCommands versions;
    private final SubscriptionCommands subscriptions;
    private final FeedbackCommands feedback;
    private final ExportCommand export;
    private final InlineAnswers inline;
    private final AutoCloseable listening;

    Tools(BotContext c, BotFeatures f) {
      var importThread = c.threads().single("tg-import");
      var noticeThread = c.threads().single("tg-notice");
      this.imports = new ImportCommands(f.imports(), c.downloader(), c.replier(), c.messages(), c.settings(),
          c.audit(), importThread);
      this.versions = new VersionCommands(f.data(), c.replier(), c.messages(), c.audit(), importThread);
      this.subscriptions = new SubscriptionCommands(f.subscriptions(), c.engine(), c.replier(), c.messages(),
          noticeThread);
      this.feedback = new FeedbackCommands(f.ratings(), c.audit(), c.messages(), c.replier());
      this.export = new ExportCommand(f.export(), c.messages(), c.replier());
      this.inline = new InlineAnswers(c.questions(), c.languages().choice(), c.replier());
      this.listening = f.data().onChange(subscriptions::changed);
    }

    FeedbackCommands feedback() {
      return feedback;
    }

    ExportCommand export() {
      return export;
    }

    void register(CommandRegistry<CommandHandler, ButtonPress> registry, Handlers handlers) {
      registry
          .register(new Command<>("subscribe", Access.EVERYONE, Command.Input.OPTIONAL, true,
              subscriptions::subscribe))
          .register(new Command<>("unsubscribe", Access.EVERYONE, Command.Input.OPTIONAL, true,
              subscriptions::unsubscribe))
          .register(new Command<>("export", Access.EVERYONE, Command.Input.NONE, true, export::export))
          .register(new Command<>("import", Access.ADMINS, Command.Input.NONE, false, imports::help))
          .register(new Command<>("versions", Access.ADMINS, Command.Input.NONE, false, versions::versions))
          .register(new Command<>("rollback", Access.ADMINS, Command.Input.REQUIRED, false,
              versions::rollback))
          .register(new Command<>("feedback", Access.ADMINS, Command.Input.NONE, false, feedback::report))
          .button(Route.ImportDecision.class, ButtonPress.of(imports::press))
          .button(Route.Follow.class, ButtonPress.of(subscriptions::press))
          .button(Route.Vote.class, ButtonPress.of(feedback::press))
          .button(Route.Export.class, ButtonPress.of(export::press));
      handlers.documents(imports::document).inline(inline::answer).closing(listening);
    }
  }
}
