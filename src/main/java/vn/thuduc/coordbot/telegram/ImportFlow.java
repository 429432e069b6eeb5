package vn.thuduc.coordbot.telegram;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.objects.Document;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;
import vn.thuduc.coordbot.answer.Lang;
import vn.thuduc.coordbot.answer.Messages;
import vn.thuduc.coordbot.app.DataService;
import vn.thuduc.coordbot.app.DatasetDiff;
import vn.thuduc.coordbot.app.ImportPreview;
import vn.thuduc.coordbot.app.ReloadReport;
import vn.thuduc.coordbot.app.StalePreviewException;
import vn.thuduc.coordbot.app.UploadedDataset;
import vn.thuduc.coordbot.config.Settings;
import vn.thuduc.coordbot.data.DataException;
import vn.thuduc.coordbot.store.RuntimeStore;

/**
 * Import by upload: an admin sends a data file (or a zip of the dataset); the bot downloads and
 * validates it and shows a dry-run diff with Apply and Cancel ({@code imp:a:<id>}, {@code imp:c:<id>}).
 * Apply imports atomically as a new version. Previews live in memory for {@link #TTL}.
 */
final class ImportFlow implements ButtonHandler {
  static final String PREFIX = "imp:";
  static final Duration TTL = Duration.ofMinutes(30);
  private static final Logger log = LoggerFactory.getLogger(ImportFlow.class);
  private static final CompletableFuture<Void> DONE = CompletableFuture.completedFuture(null);
  private static final int MAX_LINES = 30;
  private static final int MAX_PENDING = 20;

  private final DataService data;
  private final FileDownloader downloader;
  private final Replier replier;
  private final Messages messages;
  private final Settings settings;
  private final RuntimeStore runtime;
  private final Executor executor;
  private final Clock clock;
  private final Map<Long, Pending> pending = new ConcurrentHashMap<>();
  private final AtomicLong ids = new AtomicLong();

  private record Pending(ImportPreview preview, String fileName, long chatId, Instant at) {}

  ImportFlow(DataService data, FileDownloader downloader, Replier replier, Messages messages, Settings settings,
      RuntimeStore runtime, Executor executor, Clock clock) {
    this.data = data;
    this.downloader = downloader;
    this.replier = replier;
    this.messages = messages;
    this.settings = settings;
    this.runtime = runtime;
    this.executor = executor;
    this.clock = clock;
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
      runtime.audit(r.userId(), "import", false, "refused: not an admin; file " + name);
      replier.send(r.chatId(), messages.get(r.lang(), "import.refused"));
      return DONE;
    }
    replier.typing(r.chatId());
    return CompletableFuture.runAsync(() -> {
      String reply;
      InlineKeyboardMarkup keyboard = null;
      try {
        byte[] bytes = downloader.download(doc.getFileId(), UploadedDataset.MAX_UPLOAD);
        ImportPreview preview = data.preview(UploadedDataset.read(name, bytes));
        if (preview.unchanged()) {
          reply = messages.get(r.lang(), "import.same", preview.baseVersion());
          runtime.audit(r.userId(), "import-preview", true, name + ": unchanged");
        } else {
          long id = remember(new Pending(preview, name, r.chatId(), clock.instant()));
          reply = previewText(r.lang(), name, preview);
          keyboard = InlineKeyboardMarkup.builder().keyboardRow(new InlineKeyboardRow(
              button(messages.get(r.lang(), "import.apply"), PREFIX + "a:" + id),
              button(messages.get(r.lang(), "import.cancel"), PREFIX + "c:" + id))).build();
          runtime.audit(r.userId(), "import-preview", true, name + ": " + preview.diff().summary());
        }
      } catch (DataException e) {
        reply = messages.get(r.lang(), "import.rejected", TelegramText.escape(e.getMessage()),
            data.versions().stream().filter(DataService.VersionInfo::current).findFirst()
                .map(v -> v.version().version()).orElse(0L));
        runtime.audit(r.userId(), "import-preview", true, "rejected: " + e.getMessage());
      } catch (FileDownloader.TooLargeException e) {
        reply = messages.get(r.lang(), "import.too_large", UploadedDataset.MAX_UPLOAD / 1024);
        runtime.audit(r.userId(), "import-preview", true, "rejected: " + e.getMessage());
      } catch (IOException | BotApiException e) {
        log.warn("update {}: cannot download {}: {}", r.in().updateId(), name, e.getMessage());
        reply = messages.get(r.lang(), "import.download_failed");
      }
      send(r.chatId(), reply, keyboard);
    }, executor);
  }

  @Override
  public boolean handles(String data) {
    return data.startsWith(PREFIX);
  }

  @Override
  public CompletionStage<Void> press(Request r, CallbackAnswer answer, String button) throws BotApiException {
    if (!settings.isAdmin(r.userId())) {
      runtime.audit(r.userId(), "import", false, "refused: not an admin (button)");
      answer.answer(messages.get(r.lang(), "import.refused.short"));
      return DONE;
    }
    String[] parts = button.split(":");
    Pending p = null;
    if (parts.length == 3) {
      try {
        p = pending.remove(Long.parseLong(parts[2]));
      } catch (NumberFormatException e) {
        p = null;
      }
    }
    if (p == null || p.at().plus(TTL).isBefore(clock.instant())) {
      answer.answer(messages.get(r.lang(), "import.expired.short"));
      replier.send(r.chatId(), messages.get(r.lang(), "import.expired"));
      return DONE;
    }
    if (!parts[1].equals("a")) {
      answer.answer(null);
      runtime.audit(r.userId(), "import", true, "cancelled: " + p.fileName());
      replier.editOrSend(r.chatId(), r.in().messageId(), messages.get(r.lang(), "import.cancelled"), null);
      return DONE;
    }
    answer.answer(messages.get(r.lang(), "import.applying"));
    Pending chosen = p;
    return CompletableFuture.runAsync(() -> {
      String text;
      try {
        ReloadReport report = data.apply(chosen.preview(), BotCommands.CHANNEL + ":" + r.userId());
        text = messages.get(r.lang(), "import.applied", report.version(), report.added(), report.changed(),
            report.removed(), report.documents());
        runtime.audit(r.userId(), "import", true, chosen.fileName() + ": version " + report.version() + ", "
            + chosen.preview().diff().summary());
      } catch (StalePreviewException e) {
        text = messages.get(r.lang(), "import.stale", e.current());
        runtime.audit(r.userId(), "import", true, "stale: " + e.getMessage());
      } catch (DataException e) {
        text = messages.get(r.lang(), "import.rejected", TelegramText.escape(e.getMessage()),
            chosen.preview().baseVersion());
        runtime.audit(r.userId(), "import", true, "rejected: " + e.getMessage());
      } catch (RuntimeException e) {
        log.error("import of {} by {} failed", chosen.fileName(), r.userId(), e);
        text = messages.get(r.lang(), "import.error", chosen.preview().baseVersion());
        runtime.audit(r.userId(), "import", true, "failed: " + e);
      }
      try {
        replier.editOrSend(r.chatId(), r.in().messageId(), text, null);
      } catch (BotApiException e) {
        throw new CompletionException(e);
      }
    }, executor);
  }

  private long remember(Pending p) {
    Instant now = clock.instant();
    pending.values().removeIf(x -> x.at().plus(TTL).isBefore(now));
    while (pending.size() >= MAX_PENDING) {
      pending.keySet().stream().min(Long::compare).ifPresent(pending::remove);
    }
    long id = ids.incrementAndGet();
    pending.put(id, p);
    return id;
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

  private static InlineKeyboardButton button(String label, String data) {
    return InlineKeyboardButton.builder().text(label).callbackData(data).build();
  }
}
