package vn.thuduc.coordbot.telegram.commands;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;
import vn.thuduc.coordbot.answer.AnswerEngine;
import vn.thuduc.coordbot.lang.Formats;
import vn.thuduc.coordbot.lang.Lang;
import vn.thuduc.coordbot.lang.Messages;
import vn.thuduc.coordbot.answer.ZoneLabel;
import vn.thuduc.coordbot.data.ZoneStat;
import vn.thuduc.coordbot.dataset.DatasetChange;
import vn.thuduc.coordbot.dataset.DatasetDiff;
import vn.thuduc.coordbot.subscriptions.SubscriptionService;
import vn.thuduc.coordbot.subscriptions.SubscriptionStore;
import vn.thuduc.coordbot.telegram.CallbackAnswer;
import vn.thuduc.coordbot.telegram.Replier;
import vn.thuduc.coordbot.telegram.Request;
import vn.thuduc.coordbot.chat.Route;
import vn.thuduc.coordbot.telegram.transport.BotApiException;
import vn.thuduc.coordbot.telegram.transport.TelegramText;
import vn.thuduc.coordbot.telegram.InlineButtons;

/**
 * {@code /subscribe} and {@code /unsubscribe} (a zone by name, everything, or the buttons of
 * {@link Route.Follow}), and the notices: after each applied version every chat that follows
 * something it changed gets one short message, through the normal (rate-limited) send path.
 */
final class SubscriptionCommands {
  private static final Logger log = LoggerFactory.getLogger(SubscriptionCommands.class);
  private static final CompletableFuture<Void> DONE = CompletableFuture.completedFuture(null);
  private static final int MAX_LINES = 20;

  private final SubscriptionService service;
  private final AnswerEngine engine;
  private final Replier replier;
  private final Messages messages;
  private final Executor notices;

  SubscriptionCommands(SubscriptionService service, AnswerEngine engine, Replier replier, Messages messages,
      Executor notices) {
    this.service = service;
    this.engine = engine;
    this.replier = replier;
    this.messages = messages;
    this.notices = notices;
  }

  CompletionStage<Void> subscribe(Request r) throws BotApiException {
    String arg = r.args().strip();
    if (arg.isEmpty()) {
      replier.send(r.chatId(), messages.get(r.lang(), "subscribe.pick"), keyboard(r.lang()));
      return DONE;
    }
    Optional<String> zone = service.resolve(arg, r.lang());
    if (zone.isEmpty()) {
      replier.send(r.chatId(), messages.get(r.lang(), "subscribe.unknown",
          TelegramText.escape(TelegramText.truncatePlain(arg, 80))), keyboard(r.lang()));
      return DONE;
    }
    follow(r, zone.get());
    return DONE;
  }

  CompletionStage<Void> unsubscribe(Request r) throws BotApiException {
    int ended = service.unfollow(r.chatId(), r.args().strip(), r.lang());
    replier.send(r.chatId(), messages.get(r.lang(), ended > 0 ? "unsubscribe.ok" : "unsubscribe.none")
        + current(r));
    return DONE;
  }

  /** A zone's button under {@code /subscribe}: follows it (a zone the data no longer has is stale). */
  CompletionStage<Void> press(Request r, CallbackAnswer answer, Route.Follow button) throws BotApiException {
    String zone = button.zoneId();
    boolean known = service.isFollowable(zone, r.lang());
    answer.answer(known ? null : messages.get(r.lang(), "callback.stale"));
    if (known) {
      follow(r, zone);
    }
    return DONE;
  }

  /** Registers with the data service: called after each applied version, on the data service's thread. */
  void changed(DatasetChange change) {
    notices.execute(() -> notifyAll(change));
  }

  private void follow(Request r, String zone) throws BotApiException {
    service.follow(r.chatId(), zone, r.lang());
    String what = zone.equals(SubscriptionStore.ALL) ? messages.get(r.lang(), "subscribe.everything")
        : TelegramText.escape(label(zone, r.lang()).orElse(zone));
    replier.send(r.chatId(), messages.get(r.lang(), "subscribe.ok", what) + current(r));
  }

  private String current(Request r) {
    List<String> names = new ArrayList<>();
    for (SubscriptionStore.Subscription s : service.ofChat(r.chatId())) {
      names.add(s.zoneId().equals(SubscriptionStore.ALL) ? messages.get(r.lang(), "subscribe.everything")
          : TelegramText.escape(label(s.zoneId(), r.lang()).orElse(s.zoneId())));
    }
    return names.isEmpty() ? "" : "\n" + messages.get(r.lang(), "subscribe.list", String.join(", ", names));
  }

  private Optional<String> label(String zoneId, Lang lang) {
    return service.label(zoneId, lang);
  }

  private InlineKeyboardMarkup keyboard(Lang lang) {
    List<InlineKeyboardRow> rows = new ArrayList<>();
    for (ZoneLabel z : engine.zones(lang)) {
      rows.add(new InlineKeyboardRow(InlineButtons.of(new Route.Follow(z.id()), z.label())));
    }
    rows.add(new InlineKeyboardRow(InlineButtons.of(new Route.Follow(SubscriptionStore.ALL),
        messages.get(lang, "subscribe.button.all"))));
    return InlineKeyboardMarkup.builder().keyboard(rows).build();
  }

  private void notifyAll(DatasetChange change) {
    for (SubscriptionService.Notice n : service.notices(change, replier::isBlocked)) {
      try {
        replier.send(n.chatId(), notice(n.lang(), n.version(), n.changes()));
      } catch (BotApiException | RuntimeException ex) {
        log.warn("notice of version {} to chat {} failed: {}", n.version(), n.chatId(), ex.getMessage());
      }
    }
  }

  String notice(Lang lang, long version, List<DatasetDiff.Change> changes) {
    StringBuilder sb = new StringBuilder(messages.get(lang, "notice.header", version));
    int other = 0;
    int shown = 0;
    for (DatasetDiff.Change c : changes) {
      Optional<String> line = line(lang, c);
      if (line.isEmpty()) {
        other++;
      } else if (shown++ < MAX_LINES) {
        sb.append("\n• ").append(line.get());
      }
    }
    if (shown > MAX_LINES) {
      sb.append("\n… (+").append(shown - MAX_LINES).append(')');
    }
    if (other > 0) {
      sb.append("\n• ").append(messages.get(lang, "notice.other", other));
    }
    sb.append('\n').append(messages.get(lang, "notice.footer"));
    return sb.toString();
  }

  private Optional<String> line(Lang lang, DatasetDiff.Change c) {
    if (c.zoneId().isEmpty()) {
      return Optional.empty();
    }
    String zone = TelegramText.escape(label(c.zoneId().get(), lang).orElse(c.zoneId().get()));
    Object was = c.before().orElse(null);
    Object now = c.after().orElse(null);
    if (was instanceof ZoneStat a && now instanceof ZoneStat b) {
      List<String> parts = new ArrayList<>();
      if (a.enterprises() != b.enterprises()) {
        parts.add(messages.get(lang, "notice.enterprises", Formats.number(a.enterprises(), lang),
            Formats.number(b.enterprises(), lang)));
      }
      if (a.workers() != b.workers()) {
        parts.add(messages.get(lang, "notice.workers", Formats.number(a.workers(), lang),
            Formats.number(b.workers(), lang)));
      }
      if (parts.isEmpty()) {
        parts.add(messages.get(lang, "notice.source"));
      }
      return Optional.of(zone + " (" + Formats.date(b.asOf(), lang) + "): " + String.join("; ", parts));
    }
    if (now instanceof ZoneStat b) {
      return Optional.of(messages.get(lang, "notice.stat.added", zone, Formats.date(b.asOf(), lang),
          Formats.number(b.enterprises(), lang), Formats.number(b.workers(), lang)));
    }
    if (was instanceof ZoneStat a) {
      return Optional.of(messages.get(lang, "notice.stat.removed", zone, Formats.date(a.asOf(), lang)));
    }
    String key = was == null ? "notice.zone.added" : now == null ? "notice.zone.removed" : "notice.zone.changed";
    return Optional.of(messages.get(lang, key, zone));
  }

}
