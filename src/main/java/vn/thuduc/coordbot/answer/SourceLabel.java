package vn.thuduc.coordbot.answer;

import vn.thuduc.coordbot.data.Source;
import vn.thuduc.coordbot.lang.Formats;
import vn.thuduc.coordbot.lang.Lang;
import vn.thuduc.coordbot.lang.Messages;
import vn.thuduc.coordbot.records.RecordFiles;

/**
 * How an answer cites a source: its site, with the author when the source names one; a record added
 * without a site of its own (minutes, a report) by its title and date, as answers quote records, never
 * by the path of its file.
 */
public final class SourceLabel {
  private SourceLabel() {}

  /** The citation of {@code s} in {@code lang}, from the answers' bundle ({@code source.label}, {@code source.record}). */
  public static String of(Messages msg, Lang lang, Source s) {
    if (s.site().startsWith(RecordFiles.DIR) && s.titleVi() != null) {
      // RecordImporter dates a record's source by its event date, the date its passages are cited with
      return msg.get(lang, s.pageDate() == null ? "source.record.undated" : "source.record", s.titleVi(),
          s.pageDate() == null ? "" : Formats.date(s.pageDate(), lang));
    }
    return s.author() == null ? s.site() : msg.get(lang, "source.label", s.site(), s.author());
  }
}
