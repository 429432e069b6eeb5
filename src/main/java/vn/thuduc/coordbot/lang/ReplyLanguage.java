package vn.thuduc.coordbot.lang;

import java.util.Optional;
import java.util.function.Function;

/**
 * The one rule for the language of a reply, on every channel: the language the user chose
 * ({@code /lang}, the web's language switch), else the language their client reports (Telegram's
 * {@code language_code}), else the language the text is written in, else Vietnamese.
 */
public final class ReplyLanguage {
  private ReplyLanguage() {}

  /**
   * {@code chosen}: the user's own setting; {@code clientCode}: the client's language code (null when
   * none); {@code text}: what the user wrote; {@code detect}: how the text's language is told (the
   * engine's {@link AnswerEngine#detectLanguage}, Vietnamese for a blank text).
   */
  public static Lang of(Optional<Lang> chosen, String clientCode, String text, Function<String, Lang> detect) {
    // no lambdas: every answer passes here, and a lambda is a class made at its first use (every start of ask)
    if (chosen.isPresent()) {
      return chosen.get();
    }
    Optional<Lang> client = Lang.fromCode(clientCode);
    return client.isPresent() ? client.get() : detect.apply(text == null ? "" : text);
  }

  /** Without a setting or a text: the client's language code, else Vietnamese. */
  public static Lang ofClient(String clientCode) {
    return of(Optional.empty(), clientCode, "", t -> Lang.VI);
  }
}
