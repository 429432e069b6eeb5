package vn.thuduc.coordbot.telegram.commands;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.thuduc.coordbot.lang.Messages;
import vn.thuduc.coordbot.data.DataException;
import vn.thuduc.coordbot.dataset.DataService;
import vn.thuduc.coordbot.dataset.ReloadReport;
import vn.thuduc.coordbot.chatstate.AuditLog;
import vn.thuduc.coordbot.telegram.BotContext;
import vn.thuduc.coordbot.telegram.Replier;
import vn.thuduc.coordbot.telegram.Request;
import vn.thuduc.coordbot.telegram.transport.BotApiException;
import vn.thuduc.coordbot.telegram.transport.TelegramText;

/** {@code /versions} (every applied dataset version) and {@code /rollback N} (restore one as a new version). */
final class VersionCommands {
  private static final Logger log = LoggerFactory.getLogger(VersionCommands.class);
  private static final CompletableFuture<Void> DONE = CompletableFuture.completedFuture(null);
  private static final int SHOWN = 20;
  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
      .withZone(ZoneId.of("Asia/Ho_Chi_Minh"));

  private final DataService data;
  private final Replier replier;
  private final Messages messages;
  private final AuditLog audit;
  private final Executor executor;

  VersionCommands(DataService data, Replier replier, Messages messages, AuditLog audit, Executor executor) {
    this.data = data;
    this.replier = replier;
    this.messages = messages;
    this.audit = audit;
    this.executor = executor;
  }

  CompletionStage<Void> versions(Request r) throws BotApiException {
    audit.record(r.userId(), "versions", true, "");
    List<DataService.VersionInfo> all = data.versions();
    if (all.isEmpty()) {
      replier.send(r.chatId(), messages.get(r.lang(), "versions.none"));
      return DONE;
    }
    StringBuilder sb = new StringBuilder(messages.get(r.lang(), "versions.header"));
    for (DataService.VersionInfo v : all.subList(0, Math.min(SHOWN, all.size()))) {
      String marks = (v.current() ? " " + messages.get(r.lang(), "versions.current") : "")
          + (v.restorable() ? "" : " " + messages.get(r.lang(), "versions.kept_not"));
      sb.append('\n').append(messages.get(r.lang(), "versions.item", v.version().version(),
          WHEN.format(v.version().at()), TelegramText.escape(v.version().actor()),
          TelegramText.escape(v.version().summary()), v.version().checksum().substring(0,
              Math.min(8, v.version().checksum().length())), marks));
    }
    if (all.size() > SHOWN) {
      sb.append("\n… (+").append(all.size() - SHOWN).append(')');
    }
    sb.append("\n\n").append(messages.get(r.lang(), "versions.footer"));
    replier.send(r.chatId(), sb.toString());
    return DONE;
  }

  CompletionStage<Void> rollback(Request r) throws BotApiException {
    long version;
    try {
      version = Long.parseLong(r.args().strip().replaceFirst("^[vV#]", ""));
    } catch (NumberFormatException e) {
      replier.send(r.chatId(), messages.get(r.lang(), "usage.rollback"));
      return DONE;
    }
    replier.typing(r.chatId());
    return CompletableFuture.runAsync(() -> {
      String text;
      try {
        ReloadReport report = data.rollback(version, BotContext.CHANNEL + ":" + r.userId() + " rollback to "
            + version);
        text = messages.get(r.lang(), "rollback.ok", version, report.version(), report.added(), report.changed(),
            report.removed());
        audit.record(r.userId(), "rollback", true, "to " + version + " as version " + report.version());
      } catch (DataException e) {
        text = messages.get(r.lang(), "rollback.failed", TelegramText.escape(e.getMessage()));
        audit.record(r.userId(), "rollback", true, "rejected: " + e.getMessage());
      } catch (RuntimeException e) {
        log.error("rollback to {} by {} failed", version, r.userId(), e);
        text = messages.get(r.lang(), "rollback.failed", TelegramText.escape(e.getClass().getSimpleName()));
        audit.record(r.userId(), "rollback", true, "failed: " + e);
      }
      try {
        replier.send(r.chatId(), text);
      } catch (BotApiException e) {
        throw new CompletionException(e);
      }
    }, executor);
  }
}
