package vn.thuduc.coordbot.chat;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import vn.thuduc.coordbot.advice.Ticket;

/**
 * What a button press asks for, as a typed value on every channel: every kind of button the bot puts
 * under a message is one record here, written into the button's data by {@link #encode()} (Telegram's
 * callback data) and read back by {@link #decode(String)} (ids only, never text: the data holds 64
 * bytes); a {@link CommandRegistry} hands each kind to its handler. Data the bot did not write decodes
 * to nothing, and the press gets the stale-button note.
 */
public sealed interface Route {
  /** The callback data of this route. */
  String encode();

  /** The bytes a button's data may hold on every channel (Telegram's callback data is the smallest). */
  int MAX_DATA = 64;

  /** True when the encoded route fits {@link #MAX_DATA} bytes. */
  default boolean fits() {
    return encode().getBytes(StandardCharsets.UTF_8).length <= MAX_DATA;
  }

  /** A zone's card ({@code /zones}). */
  record ZoneCard(String zoneId) implements Route {
    @Override
    public String encode() {
      return "z:" + zoneId;
    }
  }

  /** A command pressed as a button (the topic menu under {@code /start}). */
  record Shortcut(String command) implements Route {
    @Override
    public String encode() {
      return "t:" + command;
    }
  }

  /** One choice of a clarifying answer, by the token its question is kept under. */
  record Choice(String token) implements Route {
    @Override
    public String encode() {
      return "a:" + token;
    }
  }

  /** The reply language, by its code. */
  record SetLang(String code) implements Route {
    @Override
    public String encode() {
      return "l:" + code;
    }
  }

  /** Apply or cancel import draft {@code draft} (-1: data that names no draft). */
  record ImportDecision(boolean apply, long draft) implements Route {
    @Override
    public String encode() {
      return "imp:" + (apply ? "a" : "c") + ":" + draft;
    }
  }

  /** Follow zone {@code zoneId} ({@code *}: every change). */
  record Follow(String zoneId) implements Route {
    @Override
    public String encode() {
      return "sub:" + zoneId;
    }
  }

  /** 👍 or 👎 on logged question {@code questionId} (-1: data that names none). */
  record Vote(long questionId, boolean up) implements Route {
    @Override
    public String encode() {
      return "fb:" + questionId + ":" + (up ? "u" : "d");
    }
  }

  /** The statistics as a CSV file. */
  record Export() implements Route {
    @Override
    public String encode() {
      return "exp";
    }
  }

  /**
   * A legal-advice button: {@code q} ask an adviser about logged question {@code id} (0: ask anew),
   * {@code n} share one's first name on ticket {@code id}, {@code v} rate ticket {@code id}'s answer,
   * {@code c} close ticket {@code id} (Zalo's button under an adviser's answer);
   * {@code kind} '?' or {@code id} -1 for data the desk did not write.
   */
  record Advice(char kind, long id, boolean up) implements Route {
    @Override
    public String encode() {
      return "av:" + kind + ":" + id + (kind == 'v' ? up ? ":u" : ":d" : "");
    }
  }

  /** The route {@code data} encodes; empty for data this bot does not write. */
  public static Optional<Route> decode(String data) {
    if (data == null) {
      return Optional.empty();
    }
    if (data.equals("exp")) {
      return Optional.of(new Export());
    }
    int colon = data.indexOf(':');
    if (colon < 0) {
      return Optional.empty();
    }
    String kind = data.substring(0, colon);
    String value = data.substring(colon + 1);
    String[] parts = data.split(":");
    return switch (kind) {
      case "z" -> Optional.of(new ZoneCard(value));
      case "t" -> Optional.of(new Shortcut(value));
      case "a" -> Optional.of(new Choice(value));
      case "l" -> Optional.of(new SetLang(value));
      case "sub" -> Optional.of(new Follow(value));
      case "imp" -> Optional.of(new ImportDecision(parts.length > 1 && parts[1].equals("a"),
          parts.length == 3 ? number(parts[2]) : -1));
      case "fb" -> Optional.of(parts.length == 3 && (parts[2].equals("u") || parts[2].equals("d"))
          ? new Vote(number(parts[1]), parts[2].equals("u")) : new Vote(-1, false));
      case "av" -> Optional.of(advice(parts));
      default -> Optional.empty();
    };
  }

  private static Advice advice(String[] parts) {
    if (parts.length < 3 || parts[1].length() != 1 || "qnvc".indexOf(parts[1].charAt(0)) < 0) {
      return new Advice('?', -1, false);
    }
    long id = Ticket.number(parts[2]).orElse(-1L);
    return new Advice(parts[1].charAt(0), id, parts.length > 3 && parts[3].equals("u"));
  }

  private static long number(String s) {
    try {
      return Long.parseLong(s);
    } catch (NumberFormatException e) {
      return -1;
    }
  }
}
