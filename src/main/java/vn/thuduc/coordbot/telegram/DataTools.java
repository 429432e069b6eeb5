package vn.thuduc.coordbot.telegram;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.objects.Document;
import org.telegram.telegrambots.meta.api.objects.inlinequery.InlineQuery;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;
import vn.thuduc.coordbot.answer.Answer;
import vn.thuduc.coordbot.questions.Questions;
import vn.thuduc.coordbot.answer.Lang;
import vn.thuduc.coordbot.answer.Messages;
import vn.thuduc.coordbot.app.DataService;
import vn.thuduc.coordbot.config.Settings;
import vn.thuduc.coordbot.store.FeedbackStore;
import vn.thuduc.coordbot.store.RuntimeStore;
import vn.thuduc.coordbot.store.SubscriptionStore;

/**
 * The data-management and officials' features in one place: import by upload, versions and
 * rollback, subscriptions and their notices, feedback buttons, CSV export, inline answers. It adds
 * its commands to the registry and gives the router and the answer renderer the few hooks they need.
 */
final class DataTools implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(DataTools.class);

  /** The program parts these features work on (present when the bot runs over the real app). */
  record Parts(DataService data, FeedbackStore feedback, SubscriptionStore subscriptions) {}

  private final ImportFlow imports;
  private final HistoryCommands history;
  private final Subscriptions subscriptions;
  private final FeedbackButtons feedback;
  private final StatsExport export;
  private final InlineAnswers inline;
  private final List<ButtonHandler> buttons;
  private final AutoCloseable listening;

  DataTools(Parts parts, Questions questions, RuntimeStore runtime, Settings settings, Clock clock, Messages messages,
      Replier replier, FileDownloader downloader, Executor imports, Executor notices) {
    this.imports = new ImportFlow(parts.data(), downloader, replier, messages, settings, runtime, imports, clock);
    this.history = new HistoryCommands(parts.data(), replier, messages, runtime, imports);
    this.subscriptions = new Subscriptions(parts.subscriptions(), questions.engine(), replier, messages, notices);
    this.feedback = new FeedbackButtons(parts.feedback(), runtime, messages, replier);
    this.export = new StatsExport(parts.data(), messages, replier, clock);
    this.inline = new InlineAnswers(questions, runtime, replier);
    this.buttons = List.of(this.imports, this.subscriptions, this.feedback, this.export);
    this.listening = parts.data().onChange(subscriptions::changed);
  }

  /** Adds this feature's commands to {@code registry}. */
  void register(CommandRegistry registry) {
    registry
        .register(new Command("subscribe", Command.Access.EVERYONE, Command.Input.OPTIONAL, true,
            subscriptions::subscribe))
        .register(new Command("unsubscribe", Command.Access.EVERYONE, Command.Input.OPTIONAL, true,
            subscriptions::unsubscribe))
        .register(new Command("export", Command.Access.EVERYONE, Command.Input.NONE, true, export::export))
        .register(new Command("import", Command.Access.ADMIN, Command.Input.NONE, false, imports::help))
        .register(new Command("versions", Command.Access.ADMIN, Command.Input.NONE, false, history::versions))
        .register(new Command("rollback", Command.Access.ADMIN, Command.Input.REQUIRED, false, history::rollback))
        .register(new Command("feedback", Command.Access.ADMIN, Command.Input.NONE, false, feedback::report));
  }

  /** The buttons under an answer: 👍/👎 when it states facts (logged as {@code questionId}), 📥 CSV under stats. */
  Optional<InlineKeyboardMarkup> keyboard(Lang lang, Answer a, long questionId, boolean stats) {
    List<InlineKeyboardRow> rows = new ArrayList<>();
    if (stats && a.answered()) {
      rows.add(export.row(lang));
    }
    feedback.row(a, questionId).ifPresent(rows::add);
    return rows.isEmpty() ? Optional.empty() : Optional.of(InlineKeyboardMarkup.builder().keyboard(rows).build());
  }

  /** The handler of a button this feature owns, if any. */
  Optional<ButtonHandler> button(String data) {
    return buttons.stream().filter(b -> b.handles(data)).findFirst();
  }

  CompletionStage<Void> document(Request r, Document doc) throws BotApiException {
    return imports.document(r, doc);
  }

  CompletionStage<Void> inline(InlineQuery q) throws BotApiException {
    return inline.answer(q);
  }

  /** Stops listening for new dataset versions. */
  @Override
  public void close() {
    try {
      listening.close();
    } catch (Exception e) {
      log.warn("cannot stop listening for dataset changes: {}", e.toString());
    }
  }
}
