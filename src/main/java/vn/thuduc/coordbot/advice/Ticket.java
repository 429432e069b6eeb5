package vn.thuduc.coordbot.advice;

import java.time.Instant;
import java.util.Optional;
import vn.thuduc.coordbot.answer.Lang;

/**
 * One worker's question to the advisers and where it stands. {@code userId} and {@code chatId} are
 * 0 once the worker's data was deleted; {@code question} is empty then.
 *
 * @param firstName the worker's first name, only when the worker chose to share it
 * @param groupMessageId the ticket's message in the advisers' group, once posted
 */
public record Ticket(
    long id,
    long userId,
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
   * True for a ticket opened on the web page: it has a worker but no chat, so what the advisers write
   * is kept for the page to show rather than sent.
   */
  public boolean onWeb() {
    return chatId == 0 && userId != 0;
  }

  /** True when the worker asked the advisers and nobody answered yet. */
  public boolean unanswered() {
    return firstAnswerAt.isEmpty();
  }
}
