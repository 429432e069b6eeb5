package vn.thuduc.coordbot.advice;

/**
 * A channel that reaches its workers itself (Zalo): the relays for a ticket opened there (an adviser's
 * answer, the ticket closed) are handed to it; it sends them in its own way and records each one
 * ({@link AdviceService#delivered}, {@link AdviceService#blocked} or {@link AdviceService#failed}).
 */
public interface WorkerChannel {
  /** Sends {@code r}, addressed to the worker of {@code t}, soon; returns without waiting for it. */
  void deliver(Relay r, Ticket t);
}
