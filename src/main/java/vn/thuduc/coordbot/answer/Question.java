package vn.thuduc.coordbot.answer;

import java.util.Objects;
import java.util.Optional;

/**
 * A question as any channel hands it to the answer engine.
 *
 * @param text what the user typed, as typed
 * @param lang the language to answer in when the channel already knows it (user setting); empty to
 *     detect it from the text
 */
public record Question(String text, Optional<Lang> lang) {
  public Question {
    text = text == null ? "" : text;
    Objects.requireNonNull(lang, "lang");
  }

  public static Question of(String text) {
    return new Question(text, Optional.empty());
  }

  public static Question of(String text, Lang lang) {
    return new Question(text, Optional.ofNullable(lang));
  }
}
