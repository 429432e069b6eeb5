package vn.thuduc.coordbot.advice;

import java.time.Instant;
import java.util.Optional;
import vn.thuduc.coordbot.lang.Lang;
import vn.thuduc.coordbot.identity.Channel;
import vn.thuduc.coordbot.identity.Identity;

/**
 * One worker's question to the advisers and where it stands. {@code worker} is empty and {@code chatId}
 * 0 once the worker's data was deleted; {@code question} is empty then.
 *
 * @param worker who opened it: a Telegram user, a web session or a Zalo user
 * @param chatId the worker's Telegram chat (0 on the other channels, which reach the worker by {@code worker})
 * @param firstName the worker's first name, only when the worker chose to share it
 * @param groupMessageId the ticket's message in the advisers' group, once posted
 */
public record Ticket(
    long id,
    Optional<Identity> worker,
    long chatId,
    Lang lang,
    String question,
    Optional<String> zone,
    Optional<String> firstName,
    State state,
    Instant openedAt,
    Optional<Instant> firstAnswerAt,
    Optional<Instant> closedAt,
    boolean reminded,
    boolean blocked,
    Optional<Boolean> helpful,
    Optional<Integer> groupMessageId) {

  /** Open until an adviser answers, then answered, until someone closes it. */
  public enum State {
    OPEN,
    ANSWERED,
    CLOSED
  }

  public boolean isClosed() {
    return state == State.CLOSED;
  }

  /**
   * True for a ticket opened on the web page: what the advisers write is kept for the page to show
   * rather than sent.
   */
  public boolean onWeb() {
    return on(Channel.WEB);
  }

  /** True when the worker (still known) came from {@code channel}. */
  public boolean on(Channel channel) {
    return worker.filter(w -> w.channel() == channel).isPresent();
  }

  /** True once the worker's data was deleted ({@code /xoa} or the retention time). */
  public boolean purged() {
    return worker.isEmpty();
  }

  /** True when {@code who} opened it. */
  public boolean of(Identity who) {
    return worker.filter(who::equals).isPresent();
  }

  /** True when the worker asked the advisers and nobody answered yet. */
  public boolean unanswered() {
    return firstAnswerAt.isEmpty();
  }

  /** The ticket number a person typed ({@code 12} or {@code #12}, up to 12 digits); empty for anything else. */
  public static Optional<Long> number(String typed) {
    String t = typed.strip();
    if (t.startsWith("#")) {
      t = t.substring(1);
    }
    return t.matches("\\d{1,12}") ? Optional.of(Long.parseLong(t)) : Optional.empty();
  }
}
