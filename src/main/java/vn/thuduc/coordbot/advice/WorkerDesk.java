package vn.thuduc.coordbot.advice;

import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import vn.thuduc.coordbot.identity.Identity;
import vn.thuduc.coordbot.lang.Lang;

/**
 * The worker's side of a ticket, written once for every channel whose workers reach the advisers
 * through the {@link Advisers} (the web page, Zalo): open a ticket, add to it, close it, each with what
 * the advisers are told, and the relays handed to them on {@code deliveries} (the web: off the request
 * thread; Zalo: on the worker's lane). The channel only reads its request and draws the outcome.
 */
public final class WorkerDesk {
  private final AdviceService service;
  private final Executor deliveries;

  public WorkerDesk(AdviceService service, Executor deliveries) {
    this.service = service;
    this.deliveries = deliveries;
  }

  /** The advisers, while a channel with them runs (the Telegram bot with an advisers' group). */
  public Optional<Advisers> advisers() {
    return service.advisers();
  }

  /** Opens {@code who}'s ticket with {@code question} (the operation {@code key}: a replay changes nothing). */
  public AdviceService.Outcome open(Advisers advisers, String key, Identity who, Lang lang, String question)
      throws AdviceException {
    return delivered(advisers, service.open(key, who, 0, lang, question, Optional.empty(), advisers::opened));
  }

  /** Adds {@code text} to ticket {@code id} of {@code who}. */
  public AdviceService.Outcome followUp(Advisers advisers, String key, long id, Identity who, String text)
      throws AdviceException {
    return delivered(advisers, service.followUp(key, id, who, text, t -> advisers.followedUp(t, text)));
  }

  /** {@code who} closes their ticket {@code id}. */
  public AdviceService.Outcome close(Advisers advisers, String key, long id, Identity who) throws AdviceException {
    return delivered(advisers, service.close(key, id, who, false, advisers::closedByWorker));
  }

  private AdviceService.Outcome delivered(Advisers advisers, AdviceService.Outcome o) {
    if (!o.relays().isEmpty()) {
      try {
        deliveries.execute(() -> advisers.deliver(o.relays()));
      } catch (RejectedExecutionException e) {
        // shutting down: the relays wait in the outbox for the advisers' channel's timer
      }
    }
    return o;
  }
}
