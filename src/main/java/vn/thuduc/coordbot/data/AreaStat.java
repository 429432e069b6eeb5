package vn.thuduc.coordbot.data;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Figures the source states for a group of zones as a whole, and that group's shares of all
 * enterprises and workers in the area.
 */
public record AreaStat(
    String id, LocalDate asOf, String areaVi, String areaEn, List<String> zones, long enterprises,
    long workers, BigDecimal enterpriseSharePct, BigDecimal workerSharePct, String source) {
  public AreaStat {
    zones = zones == null ? List.of() : List.copyOf(zones);
  }
}
