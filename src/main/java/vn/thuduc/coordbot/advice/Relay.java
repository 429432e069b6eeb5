package vn.thuduc.coordbot.advice;

/**
 * One message to deliver about a ticket, as stored in the outbox.
 *
 * @param kind what it is ({@code post}, {@code answer}, {@code followup}, {@code closed}, ...), for logs
 * @param text the text as the channel renders it (Telegram: HTML)
 * @param replyToTicket post it as a reply to the ticket's message in the advisers' group
 * @param buttons a channel-neutral name of the buttons under it ({@code share}, {@code vote}), or null
 */
public record Relay(long id, String sourceKey, long ticketId, long chatId, String kind, String text,
    boolean replyToTicket, String buttons) {

  /** A relay before it has an id: what an operation asks to send. */
  public record Draft(String kind, long chatId, String text, boolean replyToTicket, String buttons) {
    public static Draft of(String kind, long chatId, String text) {
      return new Draft(kind, chatId, text, false, null);
    }
  }
}
