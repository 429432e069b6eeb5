package vn.thuduc.coordbot.advice;

import java.util.List;

/**
 * The advisers' side of tickets that a channel without advisers opens (the web page): the channel
 * the advisers work in (the Telegram bot's advisers' group) attaches one to {@link AdviceService}
 * while it runs, says what the group is told, and sends. Without one, the web cannot hand a worker to
 * a person and says so.
 */
public interface Advisers {
  /** What the advisers are told about a ticket just opened (its number known). */
  List<Relay.Draft> opened(Ticket t);

  /** What they are told when the worker adds {@code text} to their ticket. */
  List<Relay.Draft> followedUp(Ticket t, String text);

  /** What they are told when the worker closes their ticket. */
  List<Relay.Draft> closedByWorker(Ticket t);

  /**
   * What they are told when the worker's own channel (Zalo) would not take an answer to them
   * ({@code code}: the channel's reason, e.g. outside its free-message window); nothing by default.
   */
  default List<Relay.Draft> unreachable(Ticket t, String code) {
    return List.of();
  }

  /** Sends relays now; those it cannot send stay in the outbox for a later try. */
  void deliver(List<Relay> relays);
}
