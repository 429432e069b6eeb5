package vn.thuduc.coordbot.answer;

import vn.thuduc.coordbot.lang.Lang;

import java.util.List;

/**
 * The one answer engine every channel uses (console, JSONL, Telegram): understands a question and
 * answers it from the current dataset snapshot. Thread-safe; a reload swaps the snapshot atomically.
 */
public interface AnswerEngine {
  /**
   * Answers free text (any language, with or without diacritics). When the question names a
   * conversation, a follow-up builds on that conversation's earlier questions. Never throws for bad
   * input.
   */
  Answer answer(Question question);

  /** Forgets what conversation {@code id} was about ({@code /new}, "start over"); unknown ids are fine. */
  default void forget(String conversation) {}

  /** Answers a fixed topic (the /meeting, /awards, /law, /stats ... commands). */
  Answer topic(Topic topic, Lang lang);

  /** The card of one zone by id (from a button); a polite not-found answer for an unknown id. */
  Answer zoneCard(String zoneId, Lang lang);

  /** Full-text search over the indexed passages (the /search command). */
  Answer search(String text, Lang lang);

  /** The zones, in data order, labelled in {@code lang}. */
  List<ZoneLabel> zones(Lang lang);

  /**
   * The ids of the zones {@code text} names ("Linh Trung 2", "kcx linh trung", "the two EPZs"), as the
   * question parser reads them; empty when it names none. An engine without a parser names none.
   */
  default List<String> zonesNamed(String text, Lang lang) {
    return List.of();
  }

  /** The language a text is written in (Vietnamese unless it reads as English). */
  Lang detectLanguage(String text);

  /** The dataset version answers currently come from. */
  long datasetVersion();

  /** The number of passages in the search index. */
  int documents();
}
