package vn.thuduc.coordbot.zalo;

import java.util.Locale;
import java.util.Optional;
import vn.thuduc.coordbot.advice.Ticket;
import vn.thuduc.coordbot.chat.Button;
import vn.thuduc.coordbot.chat.CommandRegistry;
import vn.thuduc.coordbot.chat.Route;

/**
 * The chat layer's {@link Route}s as Zalo buttons and back. Zalo's {@code oa.query.show} sends the
 * button's payload as the user's own message, shown in the conversation, so a route is written as the
 * command a person could type ({@code /danhgia 12 tot}, {@code /dong 12}) and that text, pressed or
 * typed, is read back as the same route value Telegram's callback data decodes to.
 */
final class ZaloButtons {
  private ZaloButtons() {}

  /** A button labelled {@code label} that presses {@code route}. */
  static Button of(Route route, String label) {
    return new Button(label, payload(route));
  }

  private static String payload(Route route) {
    if (route instanceof Route.Advice a && a.kind() == 'v') {
      return "/danhgia " + a.id() + (a.up() ? " tot" : " chua");
    }
    if (route instanceof Route.Advice a && a.kind() == 'c') {
      return "/dong " + a.id();
    }
    throw new IllegalArgumentException("no Zalo button for " + route.encode());
  }

  /** The route {@code text} presses; empty when it is not a button's payload (a question, another command). */
  static Optional<Route> read(String text) {
    Optional<CommandRegistry.Typed> typed = CommandRegistry.Typed.of(text);
    if (typed.isEmpty()) {
      return Optional.empty();
    }
    String[] words = typed.get().args().split("\\s+");
    Optional<Long> id = Ticket.number(words[0]);
    if (id.isEmpty()) {
      return Optional.empty();
    }
    return switch (typed.get().name()) {
      case "danhgia", "vote" -> words.length == 2 ? vote(id.get(), words[1]) : Optional.empty();
      case "dong", "close" -> words.length == 1 ? Optional.of(new Route.Advice('c', id.get(), false))
          : Optional.empty();
      default -> Optional.empty();
    };
  }

  private static Optional<Route> vote(long id, String word) {
    return switch (word.toLowerCase(Locale.ROOT)) {
      case "tot", "up" -> Optional.of(new Route.Advice('v', id, true));
      case "chua", "down" -> Optional.of(new Route.Advice('v', id, false));
      default -> Optional.empty();
    };
  }
}
