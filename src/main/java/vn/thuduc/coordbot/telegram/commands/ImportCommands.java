package vn.thuduc.coordbot.telegram.commands;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.objects.Document;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;
import vn.thuduc.coordbot.lang.Lang;
import vn.thuduc.coordbot.lang.Messages;
import vn.thuduc.coordbot.config.Settings;
import vn.thuduc.coordbot.data.DataException;
import vn.thuduc.coordbot.dataset.DatasetDiff;
import vn.thuduc.coordbot.dataset.ImportDrafts;
import vn.thuduc.coordbot.dataset.ImportPreview;
import vn.thuduc.coordbot.dataset.ReloadReport;
import vn.thuduc.coordbot.dataset.StalePreviewException;
import vn.thuduc.coordbot.dataset.UploadedDataset;
import vn.thuduc.coordbot.records.TextExtractor;
import vn.thuduc.coordbot.chatstate.AuditLog;
import vn.thuduc.coordbot.telegram.BotContext;
import vn.thuduc.coordbot.telegram.CallbackAnswer;
import vn.thuduc.coordbot.telegram.Replier;
import vn.thuduc.coordbot.telegram.Request;
import vn.thuduc.coordbot.chat.Route;
import vn.thuduc.coordbot.telegram.transport.BotApiException;
import vn.thuduc.coordbot.telegram.transport.FileDownloader;
import vn.thuduc.coordbot.telegram.transport.TelegramText;
import vn.thuduc.coordbot.telegram.InlineButtons;

/**
 * Import by upload: an admin sends a data file (or a zip of the dataset); the bot downloads and
 * validates it and shows a dry-run diff with Apply and Cancel ({@link Route.ImportDecision}).
 * Apply imports atomically as a new version. Previews are {@link ImportDrafts}.
 */
final class ImportCommands {
  private static final Logger log = LoggerFactory.getLogger(ImportCommands.class);
  private static final CompletableFuture<Void> DONE = CompletableFuture.completedFuture(null);
  private static final int MAX_LINES = 30;

  private final ImportDrafts drafts;
  private final FileDownloader downloader;
  private final Replier replier;
  private final Messages messages;
  private final Settings settings;
  private final AuditLog audit;
  private final Executor executor;

  ImportCommands(ImportDrafts drafts, FileDownloader downloader, Replier replier, Messages messages, Settings settings,
      AuditLog audit, Executor executor) {
    this.drafts = drafts;
    this.downloader = downloader;
    this.replier = replier;
    this.messages = messages;
    this.settings = settings;
    this.audit = audit;
    this.executor = executor;
  }

  /** {@code /import} as text: how to import. */
  CompletionStage<Void> help(Request r) throws BotApiException {
    replier.send(r.chatId(), messages.get(r.lang(), "import.how"));
    return DONE;
  }

  /** A document arrived: refuse it politely unless an admin sent it, else download, validate and preview. */
  CompletionStage<Void> document(Request r, Document doc) throws BotApiException {
    String name = doc.getFileName() == null ? "" : doc.getFileName();
    if (!settings.isAdmin(r.userId())) {
      audit.record(r.userId(), "import", false, "refused: not an admin; file " + name);
      replier.send(r.chatId(), messages.get(r.lang(), "import.refused"));
      return DONE;
    }
    replier.typing(r.chatId());
    return CompletableFuture.runAsync(() -> {
      String reply;
      InlineKeyboardMarkup keyboard = null;
      try {
        byte[] bytes = downloader.download(doc.getFileId(), limit(name));
        ImportDrafts.Draft draft = drafts.prepare(name, bytes, r.in().text());
        ImportPreview preview = draft.preview();
        if (!draft.report().isEmpty() && draft.id() > 0) {
          // a meeting record: its own dry run (what it is, passages, statistics found) above the buttons
          reply = "<pre>" + TelegramText.escape(draft.report()) + "</pre>\n" + messages.get(r.lang(), "import.confirm");
          keyboard = decision(r.lang(), draft.id());
          audit.record(r.userId(), "import-preview", true, name + ": record, " + preview.diff().summary());
        } else if (preview.unchanged()) {
          reply = messages.get(r.lang(), "import.same", preview.baseVersion());
          audit.record(r.userId(), "import-preview", true, name + ": unchanged");
        } else {
          long id = draft.id();
          reply = previewText(r.lang(), name, preview);
          keyboard = decision(r.lang(), id);
          audit.record(r.userId(), "import-preview", true, name + ": " + preview.diff().summary());
        }
      } catch (DataException e) {
        reply = messages.get(r.lang(), "import.rejected", TelegramText.escape(e.getMessage()),
            drafts.currentVersion());
        audit.record(r.userId(), "import-preview", true, "rejected: " + e.getMessage());
      } catch (FileDownloader.TooLargeException e) {
        reply = messages.get(r.lang(), "import.too_large", limit(name) / 1024);
        audit.record(r.userId(), "import-preview", true, "rejected: " + e.getMessage());
      } catch (IOException | BotApiException e) {
        log.warn("update {}: cannot download {}: {}", r.in().updateId(), name, e.getMessage());
        reply = messages.get(r.lang(), "import.download_failed");
      }
      send(r.chatId(), reply, keyboard);
    }, executor);
  }

  /** Apply or Cancel under a preview: admins only; an expired or unknown draft is said so. */
  CompletionStage<Void> press(Request r, CallbackAnswer answer, Route.ImportDecision button) throws BotApiException {
    if (!settings.isAdmin(r.userId())) {
      audit.record(r.userId(), "import", false, "refused: not an admin (button)");
      answer.answer(messages.get(r.lang(), "import.refused.short"));
      return DONE;
    }
    ImportDrafts.Draft p = drafts.take(button.draft()).orElse(null);
    if (p == null) {
      answer.answer(messages.get(r.lang(), "import.expired.short"));
      replier.send(r.chatId(), messages.get(r.lang(), "import.expired"));
      return DONE;
    }
    if (!button.apply()) {
      answer.answer(null);
      audit.record(r.userId(), "import", true, "cancelled: " + p.fileName());
      replier.editOrSend(r.chatId(), r.in().messageId(), messages.get(r.lang(), "import.cancelled"), null);
      return DONE;
    }
    answer.answer(messages.get(r.lang(), "import.applying"));
    ImportDrafts.Draft chosen = p;
    return CompletableFuture.runAsync(() -> {
      String text;
      try {
        ReloadReport report = drafts.apply(chosen, BotContext.CHANNEL + ":" + r.userId());
        text = messages.get(r.lang(), "import.applied", report.version(), report.added(), report.changed(),
            report.removed(), report.documents());
        audit.record(r.userId(), "import", true, chosen.fileName() + ": version " + report.version() + ", "
            + chosen.preview().diff().summary());
      } catch (StalePreviewException e) {
        text = messages.get(r.lang(), "import.stale", e.current());
        audit.record(r.userId(), "import", true, "stale: " + e.getMessage());
      } catch (DataException e) {
        text = messages.get(r.lang(), "import.rejected", TelegramText.escape(e.getMessage()),
            chosen.preview().baseVersion());
        audit.record(r.userId(), "import", true, "rejected: " + e.getMessage());
      } catch (RuntimeException e) {
        log.error("import of {} by {} failed", chosen.fileName(), r.userId(), e);
        text = messages.get(r.lang(), "import.error", chosen.preview().baseVersion());
        audit.record(r.userId(), "import", true, "failed: " + e);
      }
      try {
        replier.editOrSend(r.chatId(), r.in().messageId(), text, null);
      } catch (BotApiException e) {
        throw new CompletionException(e);
      }
    }, executor);
  }

  private InlineKeyboardMarkup decision(Lang lang, long id) {
    return InlineKeyboardMarkup.builder().keyboardRow(new InlineKeyboardRow(
        InlineButtons.of(new Route.ImportDecision(true, id), messages.get(lang, "import.apply")),
        InlineButtons.of(new Route.ImportDecision(false, id), messages.get(lang, "import.cancel")))).build();
  }

  /** The largest upload of this name: a meeting record may be a long PDF, a data file is small. */
  private static int limit(String name) {
    return TextExtractor.accepts(name) ? TextExtractor.MAX_BYTES : UploadedDataset.MAX_UPLOAD;
  }

  private String previewText(Lang lang, String name, ImportPreview p) {
    DatasetDiff d = p.diff();
    StringBuilder sb = new StringBuilder(messages.get(lang, "import.preview", TelegramText.escape(name),
        p.baseVersion(), d.added(), d.changed(), d.removed()));
    List<String> lines = d.lines();
    if (!lines.isEmpty()) {
      sb.append("\n\n").append(messages.get(lang, "reload.changes"));
      for (int i = 0; i < lines.size() && i < MAX_LINES; i++) {
        sb.append("\n• ").append(TelegramText.escape(lines.get(i)));
      }
      if (lines.size() > MAX_LINES) {
        sb.append("\n… (+").append(lines.size() - MAX_LINES).append(')');
      }
    }
    sb.append("\n\n").append(messages.get(lang, "import.confirm"));
    return sb.toString();
  }

  private void send(long chatId, String html, InlineKeyboardMarkup keyboard) {
    try {
      replier.send(chatId, html, keyboard);
    } catch (BotApiException e) {
      throw new CompletionException(e);
    }
  }
}
