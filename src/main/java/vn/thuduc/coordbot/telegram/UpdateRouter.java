package vn.thuduc.coordbot.telegram;

import vn.thuduc.coordbot.chat.Access;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.objects.Update;
import vn.thuduc.coordbot.lang.Lang;
import vn.thuduc.coordbot.lang.Messages;
import vn.thuduc.coordbot.lang.ReplyLanguage;
import vn.thuduc.coordbot.config.Settings;
import vn.thuduc.coordbot.chatstate.AuditLog;
import vn.thuduc.coordbot.telegram.transport.BotApi;
import vn.thuduc.coordbot.telegram.transport.BotApiException;
import vn.thuduc.coordbot.telegram.transport.TelegramText;
import vn.thuduc.coordbot.chat.Route;
import vn.thuduc.coordbot.chat.CommandRegistry;
import vn.thuduc.coordbot.chat.Command;

/**
 * The way every update goes: parse it, pick the command (plain text is a question), pass the named
 * gates (addressed to us, allowed, input present), run the handler. It is also the one boundary
 * per update where failures stop: they are logged with the update id and the user gets an apology.
 */
final class UpdateRouter {
  private static final Logger log = LoggerFactory.getLogger(UpdateRouter.class);
  private static final CompletableFuture<Void> DONE = CompletableFuture.completedFuture(null);

  /** Why a gate stopped an update, and what (if anything) the user is told. */
  private record Stop(String reason, String replyHtml) {}

  /** One check every command passes before its handler runs. */
  private record Gate(String name, Check check) {}

  @FunctionalInterface
  private interface Check {
    Optional<Stop> apply(Request request, Command<CommandHandler> command);
  }

  private final Handlers handlers;
  private final Languages languages;
  private final Messages messages;
  private final Replier replier;
  private final AuditLog audit;
  private final Settings settings;
  private final List<Gate> gates;

  UpdateRouter(Handlers handlers, Languages languages, Messages messages, Replier replier,
      AuditLog audit, Settings settings) {
    this.handlers = handlers;
    this.languages = languages;
    this.messages = messages;
    this.replier = replier;
    this.audit = audit;
    this.settings = settings;
    this.gates = List.of(
        new Gate("addressed", this::addressed),
        new Gate("known", this::known),
        new Gate("access", this::access),
        new Gate("input", this::input));
  }

  /** Handles one update; never throws, and the stage never fails. */
  CompletionStage<Void> handle(Update update, String botUsername) {
    if (update.hasInlineQuery()) {
      return inline(update);
    }
    Optional<Incoming> parsed;
    try {
      parsed = Incoming.from(update, botUsername);
    } catch (RuntimeException e) {
      log.error("update {}: cannot read it", update.getUpdateId(), e);
      return DONE;
    }
    if (parsed.isEmpty()) {
      if (update.hasCallbackQuery() && update.getCallbackQuery().getId() != null) {
        inlineMessagePress(update);
        return DONE;
      }
      log.debug("update {}: nothing to act on", update.getUpdateId());
      return DONE;
    }
    Incoming in = parsed.get();
    CompletionStage<Void> work;
    try {
      Optional<CompletionStage<Void>> desk = handlers.interceptor().isPresent() && !in.isCallback()
          ? handlers.interceptor().get().intercept(in, update) : Optional.empty();
      work = desk.isPresent() ? desk.get()
          : in.isCallback() ? press(in) : isDocument(update) ? document(in, update) : message(in);
    } catch (Exception e) {
      work = CompletableFuture.failedFuture(e);
    }
    return work.handle((ok, failure) -> {
      if (failure != null) {
        Throwable cause = failure instanceof java.util.concurrent.CompletionException && failure.getCause() != null
            ? failure.getCause() : failure;
        if (cause instanceof BotApiException b && b.isBlocked()) {
          return null; // the chat refuses messages: BotApi logged it once, and an apology would be refused too
        }
        log.error("update {} (chat {}) failed", in.updateId(), in.chatId(), cause);
        apologise(in);
      }
      return null;
    });
  }

  /**
   * A button under a message the bot cannot reach (sent in inline mode: {@code inline_message_id}, no
   * {@code message}): answered, so the spinner stops, with a note that it no longer works there.
   */
  private void inlineMessagePress(Update update) {
    var q = update.getCallbackQuery();
    Lang lang = ReplyLanguage.ofClient(q.getFrom() == null ? null : q.getFrom().getLanguageCode());
    replier.answerCallback(q.getId(), messages.get(lang, "callback.stale"));
  }

  private static boolean isDocument(Update update) {
    return update.hasMessage() && update.getMessage().hasDocument();
  }

  /** An uploaded file: a data import (admins) or a polite refusal; other bots' files in groups are ignored. */
  private CompletionStage<Void> document(Incoming in, Update update) throws Exception {
    if (handlers.documents().isEmpty() || !in.addressed()) {
      return in.addressed() ? message(in) : DONE;
    }
    return handlers.documents().get().document(new Request(in, languages.of(in), in.text()),
        update.getMessage().getDocument());
  }

  private CompletionStage<Void> inline(Update update) {
    if (handlers.inline().isEmpty()) {
      return DONE;
    }
    try {
      return handlers.inline().get().answer(update.getInlineQuery()).exceptionally(e -> {
        log.error("update {}: inline query failed", update.getUpdateId(), e);
        return null;
      });
    } catch (Exception e) {
      log.error("update {}: inline query failed", update.getUpdateId(), e);
      return DONE;
    }
  }

  private CompletionStage<Void> message(Incoming in) throws Exception {
    if (!in.addressed()) {
      return DONE;
    }
    Command<CommandHandler> command = in.command()
        .map(name -> handlers.registry().find(name).orElse(null))
        .orElse(in.isCommand() ? null : handlers.question());
    Request request = new Request(in, languages.of(in), in.text());
    for (Gate gate : gates) {
      Optional<Stop> stop = gate.check().apply(request, command);
      if (stop.isPresent()) {
        log.debug("update {}: stopped by gate {} ({})", in.updateId(), gate.name(), stop.get().reason());
        if (stop.get().replyHtml() != null) {
          replier.send(in.chatId(), stop.get().replyHtml());
        }
        return DONE;
      }
    }
    return command.handler().handle(request);
  }

  /**
   * A button press: its data decoded into a {@link Route} and handed to the handler of that kind; data
   * no handler takes gets the stale-button note. Every callback query is answered exactly once.
   */
  private CompletionStage<Void> press(Incoming in) throws Exception {
    String id = in.callbackId().orElseThrow();
    String data = in.callbackData().orElse("");
    boolean callbackAnswered = false;
    try {
      Lang lang = languages.of(in);
      Optional<ButtonPress> press = Route.decode(data).flatMap(handlers.registry()::press);
      if (press.isEmpty()) {
        log.debug("update {}: unknown button data '{}'", in.updateId(), data);
        replier.answerCallback(id, messages.get(lang, "callback.stale"));
        callbackAnswered = true;
        return DONE;
      }
      CallbackAnswer answer = new CallbackAnswer(replier, id);
      callbackAnswered = true;
      try {
        return press.get().run(new Request(in, lang, ""), answer);
      } finally {
        answer.answerIfNot();
      }
    } finally {
      if (!callbackAnswered) {
        replier.answerCallback(id, null);
      }
    }
  }

  // ---- gates ----------------------------------------------------------------------------------

  private Optional<Stop> addressed(Request r, Command<CommandHandler> c) {
    return r.in().addressed() ? Optional.empty() : Optional.of(new Stop("not addressed to this bot", null));
  }

  private Optional<Stop> known(Request r, Command<CommandHandler> c) {
    if (c != null) {
      return Optional.empty();
    }
    String name = "/" + r.in().command().orElse("");
    // In groups other bots' commands are common; only a private chat hears "unknown command".
    return Optional.of(new Stop("unknown command " + name, r.in().privateChat()
        ? messages.get(r.lang(), "unknown.command", TelegramText.escape(TelegramText.truncatePlain(name, 64)))
        : null));
  }

  private Optional<Stop> access(Request r, Command<CommandHandler> c) {
    if (c.access().allows(settings.isAdmin(r.userId()), false)) {
      return Optional.empty();
    }
    audit.record(r.userId(), c.name(), false, "refused: not an admin");
    log.info("update {}: /{} refused to user {}", r.in().updateId(), c.name(), r.userId());
    return Optional.of(new Stop("not an admin", messages.get(r.lang(), "refused", "/" + c.name())));
  }

  private Optional<Stop> input(Request r, Command<CommandHandler> c) {
    if (c.input() != Command.Input.REQUIRED || !r.args().isBlank()) {
      return Optional.empty();
    }
    String key = c == handlers.question() ? "nontext" : c.usageKey();
    return Optional.of(new Stop("input missing", messages.get(r.lang(), key)));
  }

  private void apologise(Incoming in) {
    try {
      Lang lang;
      try {
        lang = languages.of(in);
      } catch (RuntimeException e) {
        lang = ReplyLanguage.ofClient(in.languageCode());
      }
      replier.send(in.chatId(), messages.get(lang, "apology"));
    } catch (BotApiException | RuntimeException e) {
      log.warn("update {}: the apology could not be sent either: {}", in.updateId(), e.getMessage());
    }
  }
}
