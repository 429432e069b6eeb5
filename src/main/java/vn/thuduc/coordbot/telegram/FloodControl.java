package vn.thuduc.coordbot.telegram;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.objects.Update;
import vn.thuduc.coordbot.lang.Lang;
import vn.thuduc.coordbot.lang.Messages;
import vn.thuduc.coordbot.lang.ReplyLanguage;
import vn.thuduc.coordbot.chat.FloodGate;
import vn.thuduc.coordbot.telegram.transport.BotApiException;
import vn.thuduc.coordbot.telegram.transport.TelegramText;

/**
 * Screens each incoming update through the {@link FloodGate}: a user within the limit goes on to
 * the router; the first message over it gets a polite notice instead of an answer, later ones are
 * skipped (a button press still has its callback answered). Group messages not meant for the bot
 * do not count.
 */
final class FloodControl {
  private static final Logger log = LoggerFactory.getLogger(FloodControl.class);
  private static final CompletableFuture<Void> DONE = CompletableFuture.completedFuture(null);

  private final FloodGate<Long> gate;
  private final Replier replier;
  private final Languages languages;
  private final Messages messages;

  FloodControl(FloodGate<Long> gate, Replier replier, Languages languages, Messages messages) {
    this.gate = gate;
    this.replier = replier;
    this.languages = languages;
    this.messages = messages;
  }

  /** Empty when the update should be handled as usual, else the task that replaces its handling. */
  Optional<Supplier<CompletionStage<Void>>> screen(Update update, String botUsername) {
    Optional<Incoming> parsed;
    try {
      parsed = Incoming.from(update, botUsername);
    } catch (RuntimeException e) {
      return Optional.empty(); // the router reports unreadable updates
    }
    if (parsed.isEmpty() || !parsed.get().addressed()) {
      return Optional.empty();
    }
    Incoming in = parsed.get();
    FloodGate.Verdict verdict = gate.admit(in.userId());
    if (verdict == FloodGate.Verdict.PASS) {
      return Optional.empty();
    }
    log.info("update {}: user {} is flooding; {}", in.updateId(), in.userId(),
        verdict == FloodGate.Verdict.NOTICE ? "sending the notice" : "skipped");
    return Optional.of(() -> {
      tell(in, verdict == FloodGate.Verdict.NOTICE);
      return DONE;
    });
  }

  private void tell(Incoming in, boolean notice) {
    try {
      String text = notice ? messages.get(lang(in), "flood.notice") : null;
      if (in.isCallback()) {
        replier.answerCallback(in.callbackId().orElseThrow(), text);
      } else if (notice) {
        replier.send(in.chatId(), TelegramText.escape(text));
      }
    } catch (BotApiException | RuntimeException e) {
      log.warn("update {}: the flood notice could not be sent: {}", in.updateId(), e.getMessage());
    }
  }

  private Lang lang(Incoming in) {
    try {
      return languages.of(in);
    } catch (RuntimeException e) {
      return ReplyLanguage.ofClient(in.languageCode());
    }
  }
}
