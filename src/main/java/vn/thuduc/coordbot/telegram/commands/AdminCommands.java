package vn.thuduc.coordbot.telegram.commands;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.thuduc.coordbot.lang.Lang;
import vn.thuduc.coordbot.lang.Messages;
import vn.thuduc.coordbot.config.Settings;
import vn.thuduc.coordbot.data.DataException;
import vn.thuduc.coordbot.dataset.ReloadReport;
import vn.thuduc.coordbot.questions.Questions;
import vn.thuduc.coordbot.questions.Unanswered;
import vn.thuduc.coordbot.chatstate.AuditLog;
import vn.thuduc.coordbot.telegram.BotContext;
import vn.thuduc.coordbot.telegram.DataReloader;
import vn.thuduc.coordbot.telegram.Replier;
import vn.thuduc.coordbot.telegram.Request;
import vn.thuduc.coordbot.telegram.inbox.UpdateLedger;
import vn.thuduc.coordbot.telegram.transport.BotApiException;
import vn.thuduc.coordbot.telegram.transport.TelegramText;

/** The admins' {@code /reload} (what changed), {@code /status} (version, counts, uptime) and {@code /unanswered}. */
final class AdminCommands {
  private static final Logger log = LoggerFactory.getLogger(AdminCommands.class);
  private static final CompletableFuture<Void> DONE = CompletableFuture.completedFuture(null);
  private static final int MAX_CHANGES_SHOWN = 30;
  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
      .withZone(ZoneId.of("Asia/Ho_Chi_Minh"));

  private final Questions questions;
  private final AuditLog audit;
  private final DataReloader reloader;
  private final Settings settings;
  private final Clock clock;
  private final Instant startedAt;
  private final Messages messages;
  private final Replier replier;
  private final UpdateLedger ledger;
  private final Executor reloads;

  AdminCommands(BotContext c, Executor reloads) {
    this.questions = c.questions();
    this.audit = c.audit();
    this.reloader = c.reloader();
    this.settings = c.settings();
    this.clock = c.clock();
    this.startedAt = c.startedAt();
    this.messages = c.messages();
    this.replier = c.replier();
    this.ledger = c.ledger();
    this.reloads = reloads;
  }

  CompletionStage<Void> reload(Request r) {
    replier.typing(r.chatId());
    long before = questions.engine().datasetVersion();
    // The reload runs on its own thread: other chats keep getting answers meanwhile, and this
    // chat's later updates wait for the result so that replies stay in order.
    return CompletableFuture.runAsync(() -> {
      String text;
      try {
        ReloadReport report = reloader.reload(BotContext.CHANNEL + ":" + r.userId());
        int zones = questions.engine().zones(r.lang()).size();
        text = reloadText(r.lang(), report, zones);
        audit.record(r.userId(), "reload", true, "version " + report.version() + (report.unchanged()
            ? ", unchanged" : ", +" + report.added() + " ~" + report.changed() + " -" + report.removed()));
      } catch (DataException e) {
        text = messages.get(r.lang(), "reload.failed", TelegramText.escape(e.getMessage()), before);
        audit.record(r.userId(), "reload", true, "rejected: " + e.getMessage());
      } catch (RuntimeException e) {
        log.error("reload requested by {} failed", r.userId(), e);
        text = messages.get(r.lang(), "reload.error", TelegramText.escape(e.getClass().getSimpleName()), before);
        audit.record(r.userId(), "reload", true, "failed: " + e);
      }
      try {
        replier.send(r.chatId(), text);
      } catch (BotApiException e) {
        throw new CompletionException(e);
      }
    }, reloads);
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

  CompletionStage<Void> status(Request r) throws BotApiException {
    audit.record(r.userId(), "status", true, "");
    Duration up = Duration.between(startedAt, clock.instant());
    var engine = questions.engine();
    String text = messages.get(r.lang(), "status.body", engine.datasetVersion(), engine.zones(r.lang()).size(),
        engine.documents(), uptime(up), questions.count(BotContext.CHANNEL, true),
        questions.count(BotContext.CHANNEL, false), ledger.handled(), settings.adminIds().size());
    replier.send(r.chatId(), text);
    return DONE;
  }

  CompletionStage<Void> unanswered(Request r) throws BotApiException {
    audit.record(r.userId(), "unanswered", true, "");
    List<Unanswered> list = questions.unanswered(settings.unansweredShown());
    if (list.isEmpty()) {
      replier.send(r.chatId(), messages.get(r.lang(), "unanswered.none"));
      return DONE;
    }
    StringBuilder sb = new StringBuilder(messages.get(r.lang(), "unanswered.header"));
    for (Unanswered u : list) {
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
}
