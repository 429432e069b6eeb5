package vn.thuduc.coordbot.records;

import java.util.Optional;
import vn.thuduc.coordbot.data.AreaStat;
import vn.thuduc.coordbot.data.ZoneStat;

/**
 * A statistics row found in a record, with the sentence it came from and how it stands against the
 * rows the data already has.
 *
 * @param zone the zone's row, when the sentence gives one zone's figures
 * @param area the group's row, when it gives a total or shares
 * @param clause the part of the sentence that states the figures (the whole sentence for a group's)
 * @param state NEW (no row at that date), SAME (the data has these very figures), CONFLICT (other figures)
 * @param existing the conflicting row's figures as text, empty unless CONFLICT
 */
public record FoundRow(Optional<ZoneStat> zone, Optional<AreaStat> area, String sentence, String clause, State state,
    String existing) {
  /** How a found row stands against the data. */
  public enum State { NEW, SAME, CONFLICT }
}
