package vn.thuduc.coordbot.answer.topic;

import java.util.List;

/**
 * Where a worker with a problem of their own can turn, as the bot knows it at the moment of answering:
 * whether advisers are reachable through the bot (a ticket, {@code /tuvan}), and the contacts of
 * {@code contacts.yaml}, one line each (none when the file has none: no contact is ever invented).
 */
public record HelpDesk(boolean advisers, List<String> contacts) {
  /** No advisers and no contacts: what an engine without a desk says. */
  public static final HelpDesk NONE = new HelpDesk(false, List.of());

  public HelpDesk {
    contacts = List.copyOf(contacts);
  }
}
