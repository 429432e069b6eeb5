package vn.thuduc.coordbot.telegram.commands;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The questions behind a clarifying answer's buttons. A button's callback data holds at most 64 bytes,
 * too few for "Số lao động và doanh nghiệp của Khu Công nghệ cao TP.HCM", so a button carries a short
 * token and the question is kept here, bounded (the oldest dropped first). After a restart the tokens are
 * unknown and a press gets the usual "this button is outdated" note.
 */
final class ChoiceButtons {
  private final int max;
  private final AtomicLong next = new AtomicLong();
  private final Map<String, String> questions;

  ChoiceButtons(int max) {
    this.max = max;
    this.questions = new LinkedHashMap<>(64, 0.75f, false) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
        return size() > ChoiceButtons.this.max;
      }
    };
  }

  /** Keeps a question and returns its token. */
  synchronized String put(String question) {
    String token = Long.toString(next.incrementAndGet(), 36);
    questions.put(token, question);
    return token;
  }

  /** The question behind a token (it stays: the same button may be pressed again). */
  synchronized Optional<String> take(String token) {
    return Optional.ofNullable(questions.get(token));
  }

  synchronized boolean knows(String token) {
    return questions.containsKey(token);
  }
}
