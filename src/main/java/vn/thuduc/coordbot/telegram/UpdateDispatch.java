package vn.thuduc.coordbot.telegram;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.objects.Update;
import vn.thuduc.coordbot.chatstate.ProcessedUpdates;
import vn.thuduc.coordbot.telegram.inbox.BlockedChats;
import vn.thuduc.coordbot.telegram.inbox.ChatLanes;
import vn.thuduc.coordbot.telegram.inbox.DeliveryWindow;
import vn.thuduc.coordbot.telegram.inbox.UpdateJournal;
import vn.thuduc.coordbot.telegram.inbox.UpdateLedger;

/**
 * What happens to each polled batch: every update is taken once (the ledger), journaled, screened for
 * floods, and handed to its chat's lane, where it waits for a place in the delivery window, is routed,
 * and is recorded as processed when its replies are out.
 */
final class UpdateDispatch {
  private static final Logger log = LoggerFactory.getLogger(UpdateDispatch.class);
  private static final long IDLE_WAIT_MILLIS = 200;

  private final ProcessedUpdates processed;
  private final UpdateLedger ledger;
  private final UpdateJournal journal;
  private final BlockedChats blocked;
  private final DeliveryWindow gate;
  private final ReplyContext replies;
  private final TelegramObserver observed;
  private final ChatLanes lanes;
  private final UpdateRouter router;
  private final FloodControl flood;
  private final String botUsername;

  UpdateDispatch(ProcessedUpdates processed, UpdateLedger ledger, UpdateJournal journal, BlockedChats blocked,
      DeliveryWindow gate, ReplyContext replies, TelegramObserver observed, ChatLanes lanes, UpdateRouter router,
      FloodControl flood, String botUsername) {
    this.processed = processed;
    this.ledger = ledger;
    this.journal = journal;
    this.blocked = blocked;
    this.gate = gate;
    this.replies = replies;
    this.observed = observed;
    this.lanes = lanes;
    this.router = router;
    this.flood = flood;
    this.botUsername = botUsername;
  }

  /**
   * Called on the poller thread with each batch. It must never throw (an exception here ends the
   * library's polling for good), so it only hands updates to the chat lanes.
   */
  void consume(List<Update> updates) {
    try {
      for (Update u : updates) {
        long id = u.getUpdateId();
        if (!ledger.take(id)) {
          log.debug("update {} already handled, skipped", id);
          if (processed.contains(id)) {
            journal.forget(id); // processed just before a crash removed its journal file
          }
          continue;
        }
        if (journal.record(u)) {
          ledger.release(id);
        }
        long lane = laneOf(u);
        if (lane != 0) {
          blocked.wrote(lane); // a chat that blocked the bot and writes again gets messages again
        }
        Supplier<CompletionStage<Void>> task = flood.screen(u, botUsername).orElse(() -> router.handle(u, botUsername));
        Optional<ReplyContext.Target> target = ReplyContext.of(u);
        observed.updateStarted();
        lanes.submit(lane, () -> gate.on(id, () -> replies.on(target, () -> guarded(u, task)))
            .whenComplete((ok, failure) -> {
              observed.updateFinished();
              finish(id);
            }));
      }
      // Updates that still hold the offset are offered again by the next poll at once; waiting a moment
      // for them keeps the poller from spinning.
      if (ledger.holdsOffset()) {
        ledger.awaitIdle(IDLE_WAIT_MILLIS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (RuntimeException | Error e) {
      log.error("cannot dispatch a batch of {} updates", updates.size(), e);
    }
  }

  private static CompletionStage<Void> guarded(Update u, Supplier<CompletionStage<Void>> task) {
    try {
      return task.get();
    } catch (RuntimeException | Error e) {
      // the router catches everything itself; this only keeps the ledger right if it ever does not
      log.error("update {} failed outside the router", u.getUpdateId(), e);
      return CompletableFuture.completedFuture(null);
    }
  }

  /** Records the update, then frees its place in the window: the record must come first (see DeliveryWindow). */
  private void finish(long updateId) {
    try {
      ledger.done(updateId);
      journal.forget(updateId);
    } catch (RuntimeException e) {
      log.error("update {}: cannot record it as processed", updateId, e);
    } finally {
      gate.leave(updateId);
    }
  }

  private static long laneOf(Update u) {
    if (u.hasMessage()) {
      return u.getMessage().getChatId();
    }
    if (u.hasCallbackQuery() && u.getCallbackQuery().getMessage() != null) {
      return u.getCallbackQuery().getMessage().getChatId();
    }
    return 0;
  }
}
