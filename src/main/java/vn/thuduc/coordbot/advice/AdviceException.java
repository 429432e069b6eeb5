package vn.thuduc.coordbot.advice;

/** A ticket operation that was refused; {@link #reason()} says why, for the user's answer. */
public final class AdviceException extends Exception {
  private static final long serialVersionUID = 1L;

  /** Why an operation was refused. */
  public enum Reason {
    NO_SUCH_TICKET,
    NOT_YOURS,
    CLOSED,
    /** The operation needs a closed ticket (a vote on the help received). */
    STILL_OPEN,
    EMPTY,
    NOT_STAFF
  }

  private final Reason reason;
  private final long ticketId;

  public AdviceException(Reason reason, long ticketId) {
    super(reason + " (#" + ticketId + ")");
    this.reason = reason;
    this.ticketId = ticketId;
  }

  public Reason reason() {
    return reason;
  }

  public long ticketId() {
    return ticketId;
  }
}
