package vn.thuduc.coordbot.answer;

import vn.thuduc.coordbot.lang.Lang;

import java.util.Objects;
import java.util.Optional;

/**
 * A question as any channel hands it to the answer engine.
 *
 * @param text what the user typed, as typed
 * @param lang the language to answer in when the channel already knows it (user setting); empty to
 *     detect it from the text
 * @param conversation the conversation the question belongs to (follow-ups build on its earlier
 *     questions); empty for a question that stands alone. Channels choose the key: one user in one
 *     chat on Telegram, the browser session on the web, the session in the console.
 */
public record Question(String text, Optional<Lang> lang, Optional<String> conversation) {
  public Question {
    text = text == null ? "" : text;
    Objects.requireNonNull(lang, "lang");
    Objects.requireNonNull(conversation, "conversation");
  }

  public Question(String text, Optional<Lang> lang) {
    this(text, lang, Optional.empty());
  }

  public static Question of(String text) {
    return new Question(text, Optional.empty(), Optional.empty());
  }

  public static Question of(String text, Lang lang) {
    return new Question(text, Optional.ofNullable(lang), Optional.empty());
  }

  /** The same question asked inside conversation {@code id} (null or blank: standing alone). */
  public Question inConversation(String id) {
    return new Question(text, lang, id == null || id.isBlank() ? Optional.empty() : Optional.of(id));
  }
}
