package vn.thuduc.coordbot.answer;

import vn.thuduc.coordbot.lang.Lang;
import vn.thuduc.coordbot.lang.Messages;

import vn.thuduc.coordbot.data.Source;

/** How an answer cites a source: its site, with the author when the source names one. */
public final class SourceLabel {
  private SourceLabel() {}

  /** The citation of {@code s} in {@code lang}, from the answers' bundle ({@code source.label}). */
  public static String of(Messages msg, Lang lang, Source s) {
    return s.author() == null ? s.site() : msg.get(lang, "source.label", s.site(), s.author());
  }
}
