package vn.thuduc.coordbot.subscriptions;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongPredicate;
import java.util.stream.Collectors;
import vn.thuduc.coordbot.answer.AnswerEngine;
import vn.thuduc.coordbot.lang.Lang;
import vn.thuduc.coordbot.answer.ZoneLabel;
import vn.thuduc.coordbot.dataset.DatasetChange;
import vn.thuduc.coordbot.dataset.DatasetDiff;
import vn.thuduc.coordbot.text.Fold;

/**
 * Who follows which zone, and who is to hear of an applied dataset version: each chat that follows
 * something the version changed, once. Knows no channel; a channel turns its requests into these calls
 * and the {@link Notice}s into messages.
 */
public final class SubscriptionService {
  private static final Set<String> EVERYTHING = Set.of("all", "*", "tat ca", "everything", "het", "toan bo",
      "tat ca cac khu", "all zones");

  private final SubscriptionStore store;
  private final AnswerEngine engine;

  public SubscriptionService(SubscriptionStore store, AnswerEngine engine) {
    this.store = store;
    this.engine = engine;
  }

  /** The changes of one applied version that one chat follows, to be told in {@code lang}. */
  public record Notice(long chatId, Lang lang, long version, List<DatasetDiff.Change> changes) {}

  /** True when {@code text} means "every zone" ("tất cả", "all", "*" ...). */
  public boolean meansEverything(String text) {
    return EVERYTHING.contains(Fold.fold(text).strip());
  }

  /**
   * The zone id {@code text} names ({@link SubscriptionStore#ALL} for "everything"): a zone id as the
   * buttons carry it, else the one zone the engine's question parser reads in it; empty when it names
   * none or several.
   */
  public Optional<String> resolve(String text, Lang lang) {
    if (meansEverything(text)) {
      return Optional.of(SubscriptionStore.ALL);
    }
    String id = text.strip().toLowerCase(java.util.Locale.ROOT);
    if (label(id, lang).isPresent()) {
      return Optional.of(id);
    }
    List<String> named = engine.zonesNamed(text, lang);
    return named.size() == 1 ? Optional.of(named.get(0)) : Optional.empty();
  }

  /** True for {@link SubscriptionStore#ALL} and the ids of the zones the data has. */
  public boolean isFollowable(String zoneId, Lang lang) {
    return zoneId.equals(SubscriptionStore.ALL) || label(zoneId, lang).isPresent();
  }

  /** The short name of {@code zoneId} in {@code lang}; empty when the data has no such zone. */
  public Optional<String> label(String zoneId, Lang lang) {
    return engine.zones(lang).stream().filter(z -> z.id().equals(zoneId)).map(ZoneLabel::label).findFirst();
  }

  /** {@code chatId} follows {@code zoneId} (or {@link SubscriptionStore#ALL}); notices come in {@code lang}. */
  public void follow(long chatId, String zoneId, Lang lang) {
    store.subscribe(chatId, zoneId, lang);
  }

  /**
   * Ends what {@code chatId} follows: everything when {@code text} is blank or means everything, else
   * the zone it names. Returns how many subscriptions ended.
   */
  public int unfollow(long chatId, String text, Lang lang) {
    if (text.isBlank() || meansEverything(text)) {
      return store.unsubscribeAll(chatId);
    }
    Optional<String> zone = resolve(text, lang);
    return zone.isEmpty() ? 0 : store.unsubscribe(chatId, zone.get());
  }

  /** What {@code chatId} follows. */
  public List<SubscriptionStore.Subscription> ofChat(long chatId) {
    return store.ofChat(chatId);
  }

  /**
   * The notices {@code change} calls for: one per chat that follows a zone it touched (or everything),
   * skipping chats {@code unreachable} names; each is claimed, so that no chat hears of a version twice.
   */
  public List<Notice> notices(DatasetChange change, LongPredicate unreachable) {
    Map<Long, List<SubscriptionStore.Subscription>> byChat = store.all().stream()
        .collect(Collectors.groupingBy(SubscriptionStore.Subscription::chatId, LinkedHashMap::new,
            Collectors.toList()));
    List<Notice> out = new java.util.ArrayList<>();
    for (var e : byChat.entrySet()) {
      Set<String> follows = e.getValue().stream().map(SubscriptionStore.Subscription::zoneId)
          .collect(Collectors.toSet());
      boolean everything = follows.contains(SubscriptionStore.ALL);
      List<DatasetDiff.Change> relevant = change.diff().changes().stream()
          .filter(c -> everything || c.zoneId().filter(follows::contains).isPresent()).toList();
      if (relevant.isEmpty() || unreachable.test(e.getKey()) || !store.claimNotice(change.version(), e.getKey())) {
        continue;
      }
      out.add(new Notice(e.getKey(), e.getValue().get(0).lang(), change.version(), relevant));
    }
    return out;
  }
}
