package vn.thuduc.coordbot.figures;

import java.math.BigDecimal;
import java.util.Optional;
import vn.thuduc.coordbot.data.AreaStat;

/**
 * A part's share of the whole area (Thủ Đức City): as the source states it when the part is exactly the
 * zones the source counts, else derived from the area's total that the stated share implies.
 *
 * @param areaTotal the area's whole count implied by the stated share
 * @param derived computed from the stated share rather than stated
 */
public record AreaShare(long part, double areaTotal, double percent, boolean derived) {
  /**
   * The share of {@code part} workers (or enterprises) held by {@code zones} zones in the area of {@code a};
   * empty when the source states no share of that count.
   */
  public static Optional<AreaShare> of(AreaStat a, boolean workers, long part, int zones) {
    BigDecimal stated = workers ? a.workerSharePct() : a.enterpriseSharePct();
    if (stated == null || stated.signum() == 0) {
      return Optional.empty();
    }
    long counted = workers ? a.workers() : a.enterprises();
    double pct = stated.doubleValue();
    double areaTotal = counted * 100.0 / pct;
    boolean exact = part == counted && zones == a.zones().size();
    return Optional.of(new AreaShare(part, areaTotal, exact ? pct : 100.0 * part / areaTotal, !exact));
  }
}
