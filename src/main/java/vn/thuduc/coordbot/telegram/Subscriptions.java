package vn.thuduc.coordbot.telegram;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;
import vn.thuduc.coordbot.answer.AnswerEngine;
import vn.thuduc.coordbot.answer.Formats;
import vn.thuduc.coordbot.answer.Lang;
import vn.thuduc.coordbot.answer.Messages;
import vn.thuduc.coordbot.answer.Question;
import vn.thuduc.coordbot.answer.ZoneLabel;
import vn.thuduc.coordbot.app.DatasetChange;
import vn.thuduc.coordbot.app.DatasetDiff;
import vn.thuduc.coordbot.data.ZoneStat;
import vn.thuduc.coordbot.store.SubscriptionStore;
import vn.thuduc.coordbot.text.Fold;

/**
 * {@code /subscribe} and {@code /unsubscribe} (a zone by name, everything, or buttons {@code sub:<zone>}
 * / {@code uns:<zone>}), and the notices: after each applied version every chat that follows something
 * it changed gets one short message, through the normal (rate-limited) send path.
 */
final class Subscriptions implements ButtonHandler {
  private static final Logger log = LoggerFactory.getLogger(Subscriptions.class);
  private static final CompletableFuture<Void> DONE = CompletableFuture.completedFuture(null);
  private static final Set<String> EVERYTHING = Set.of("all", "*", "tat ca", "everything", "het", "toan bo",
      "tat ca cac khu", "all zones");
  private static final int MAX_LINES = 20;

  private final SubscriptionStore store;
  private final AnswerEngine engine;
  private final Replier replier;
  private final Messages messages;
  private final Executor notices;

  Subscriptions(SubscriptionStore store, AnswerEngine engine, Replier replier, Messages messages, Executor notices) {
    this.store = store;
    this.engine = engine;
    this.replier = replier;
    this.messages = messages;
    this.notices = notices;
  }

  CompletionStage<Void> subscribe(Request r) throws BotApiException {
    String arg = r.args().strip();
    if (arg.isEmpty()) {
      replier.send(r.chatId(), messages.get(r.lang(), "subscribe.pick"), keyboard(r.lang(), "sub:"));
      return DONE;
    }
    Optional<String> zone = resolve(arg, r.lang());
    if (zone.isEmpty()) {
      replier.send(r.chatId(), messages.get(r.lang(), "subscribe.unknown",
          TelegramText.escape(TelegramText.truncatePlain(arg, 80))), keyboard(r.lang(), "sub:"));
      return DONE;
    }
    follow(r, zone.get());
    return DONE;
  }

  CompletionStage<Void> unsubscribe(Request r) throws BotApiException {
    String arg = r.args().strip();
    int ended;
    if (arg.isEmpty() || EVERYTHING.contains(Fold.fold(arg))) {
      ended = store.unsubscribeAll(r.chatId());
    } else {
      Optional<String> zone = resolve(arg, r.lang());
      ended = zone.isEmpty() ? 0 : store.unsubscribe(r.chatId(), zone.get());
    }
    replier.send(r.chatId(), messages.get(r.lang(), ended > 0 ? "unsubscribe.ok" : "unsubscribe.none")
        + current(r));
    return DONE;
  }

  @Override
  public boolean handles(String data) {
    return data.startsWith("sub:");
  }

  @Override
  public CompletionStage<Void> press(Request r, CallbackAnswer answer, String data) throws BotApiException {
    String zone = data.substring("sub:".length());
    boolean known = zone.equals(SubscriptionStore.ALL) || label(zone, r.lang()).isPresent();
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
    store.subscribe(r.chatId(), zone, r.lang());
    String what = zone.equals(SubscriptionStore.ALL) ? messages.get(r.lang(), "subscribe.everything")
        : TelegramText.escape(label(zone, r.lang()).orElse(zone));
    replier.send(r.chatId(), messages.get(r.lang(), "subscribe.ok", what) + current(r));
  }

  private String current(Request r) {
    List<String> names = new ArrayList<>();
    for (SubscriptionStore.Subscription s : store.ofChat(r.chatId())) {
      names.add(s.zoneId().equals(SubscriptionStore.ALL) ? messages.get(r.lang(), "subscribe.everything")
          : TelegramText.escape(label(s.zoneId(), r.lang()).orElse(s.zoneId())));
    }
    return names.isEmpty() ? "" : "\n" + messages.get(r.lang(), "subscribe.list", String.join(", ", names));
  }

  /** The zone a text names, by the engine's understanding first, then by folded names. */
  Optional<String> resolve(String text, Lang lang) {
    String folded = Fold.fold(text).strip();
    if (EVERYTHING.contains(folded)) {
      return Optional.of(SubscriptionStore.ALL);
    }
    List<ZoneLabel> zones = engine.zones(lang);
    for (ZoneLabel z : zones) {
      if (z.id().equals(folded.replace(' ', '-')) || Fold.fold(z.label()).equals(folded)) {
        return Optional.of(z.id());
      }
    }
    List<String> found = engine.answer(Question.of(text, lang)).zoneIds();
    return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
  }

  private Optional<String> label(String zoneId, Lang lang) {
    return engine.zones(lang).stream().filter(z -> z.id().equals(zoneId)).map(ZoneLabel::label).findFirst();
  }

  private InlineKeyboardMarkup keyboard(Lang lang, String prefix) {
    List<InlineKeyboardRow> rows = new ArrayList<>();
    for (ZoneLabel z : engine.zones(lang)) {
      rows.add(new InlineKeyboardRow(button(z.label(), prefix + z.id())));
    }
    rows.add(new InlineKeyboardRow(button(messages.get(lang, "subscribe.button.all"),
        prefix + SubscriptionStore.ALL)));
    return InlineKeyboardMarkup.builder().keyboard(rows).build();
  }

  private void notifyAll(DatasetChange change) {
    Map<Long, List<SubscriptionStore.Subscription>> byChat = store.all().stream()
        .collect(Collectors.groupingBy(SubscriptionStore.Subscription::chatId, LinkedHashMap::new,
            Collectors.toList()));
    for (var e : byChat.entrySet()) {
      Set<String> follows = e.getValue().stream().map(SubscriptionStore.Subscription::zoneId)
          .collect(Collectors.toSet());
      boolean everything = follows.contains(SubscriptionStore.ALL);
      List<DatasetDiff.Change> relevant = change.diff().changes().stream()
          .filter(c -> everything || c.zoneId().filter(follows::contains).isPresent()).toList();
      if (relevant.isEmpty() || replier.isBlocked(e.getKey()) || !store.claimNotice(change.version(), e.getKey())) {
        continue;
      }
      Lang lang = e.getValue().get(0).lang();
      try {
        replier.send(e.getKey(), notice(lang, change.version(), relevant));
      } catch (BotApiException | RuntimeException ex) {
        log.warn("notice of version {} to chat {} failed: {}", change.version(), e.getKey(), ex.getMessage());
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

  private static InlineKeyboardButton button(String label, String data) {
    return InlineKeyboardButton.builder().text(label).callbackData(data).build();
  }

}
