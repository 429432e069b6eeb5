package vn.thuduc.coordbot.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import vn.thuduc.coordbot.lang.Lang;
import vn.thuduc.coordbot.data.AreaStat;
import vn.thuduc.coordbot.data.Dataset;
import vn.thuduc.coordbot.data.Source;
import vn.thuduc.coordbot.data.Zone;
import vn.thuduc.coordbot.data.ZoneStat;

/**
 * The statistics as a CSV file for spreadsheets: UTF-8 with a byte order mark (so Excel shows
 * Vietnamese letters), one row per zone and as-of date with its shares of the zones' total, then a
 * total row per date with the area's shares as the source states them (a date only some zones have
 * gets no shares and a total that says so). Written with Jackson.
 */
public final class StatsCsv {
  /** The byte order mark spreadsheets look for to read UTF-8. */
  public static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
  private static final List<String> COLUMNS = List.of("zone_id", "zone", "as_of", "enterprises", "workers",
      "enterprise_share_of_zones_pct", "worker_share_of_zones_pct", "enterprise_share_of_area_pct",
      "worker_share_of_area_pct", "source");
  private static final Map<Lang, List<String>> HEADERS = Map.of(
      Lang.VI, List.of("Mã khu", "Khu", "Số liệu tại ngày", "Số doanh nghiệp", "Số lao động",
          "Tỷ lệ doanh nghiệp trong các khu (%)", "Tỷ lệ lao động trong các khu (%)",
          "Tỷ lệ doanh nghiệp của {area} (%)", "Tỷ lệ lao động của {area} (%)", "Nguồn"),
      Lang.EN, List.of("Zone id", "Zone", "As of", "Enterprises", "Workers",
          "Share of the zones' enterprises (%)", "Share of the zones' workers (%)",
          "Share of {area} enterprises (%)", "Share of {area} workers (%)", "Source"));

  // strict checking quotes only the values that need it (commas, quotes, line breaks)
  private final CsvMapper mapper = CsvMapper.builder().enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING).build();

  /** The CSV bytes (with BOM) of the statistics in {@code ds}, labelled in {@code lang}. */
  public byte[] render(Dataset ds, Lang lang) {
    Map<LocalDate, List<ZoneStat>> byDate = new TreeMap<>();
    for (Zone z : ds.zones()) {
      ds.zoneStats().stream().filter(s -> s.zoneId().equals(z.id()))
          .forEach(s -> byDate.computeIfAbsent(s.asOf(), d -> new ArrayList<>()).add(s));
    }
    String area = ds.latestAreaStat().map(a -> lang.pick(a.areaVi(), a.areaEn()))
        .orElse(lang.pick("khu vực", "the area"));
    CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(false);
    COLUMNS.forEach(schema::addColumn);
    List<Map<String, Object>> rows = new ArrayList<>();
    Map<String, Object> header = new LinkedHashMap<>();
    List<String> labels = HEADERS.get(lang);
    for (int i = 0; i < COLUMNS.size(); i++) {
      header.put(COLUMNS.get(i), labels.get(i).replace("{area}", area));
    }
    rows.add(header);
    long withFigures = ds.zoneStats().stream().map(ZoneStat::zoneId).distinct().count();
    for (Map.Entry<LocalDate, List<ZoneStat>> e : byDate.entrySet()) {
      long enterprises = e.getValue().stream().mapToLong(ZoneStat::enterprises).sum();
      long workers = e.getValue().stream().mapToLong(ZoneStat::workers).sum();
      // a date only some zones have: no shares (one zone would be 100%), and the total says whose it is
      boolean complete = e.getValue().size() == withFigures;
      for (ZoneStat s : e.getValue()) {
        Zone z = ds.zone(s.zoneId()).orElseThrow();
        rows.add(row(z.id(), lang.pick(z.nameVi(), z.nameEn()), s.asOf(), s.enterprises(), s.workers(),
            complete ? pct(s.enterprises(), enterprises) : "", complete ? pct(s.workers(), workers) : "", "", "",
            source(ds, s.source())));
      }
      if (!complete) {
        rows.add(row("total", lang.pick("Tổng cộng (chỉ " + e.getValue().size() + "/" + withFigures
            + " khu có số liệu ngày này)", "Total (only " + e.getValue().size() + " of " + withFigures
            + " zones have figures at this date)"), e.getKey(), enterprises, workers, "", "", "", "", ""));
        continue;
      }
      Optional<AreaStat> stated = ds.areaStats().stream()
          .filter(a -> a.asOf().equals(e.getKey()) && a.enterprises() == enterprises && a.workers() == workers)
          .findFirst();
      rows.add(row("total", lang.pick("Tổng cộng", "Total"), e.getKey(), enterprises, workers,
          pct(enterprises, enterprises), pct(workers, workers),
          stated.map(a -> plain(a.enterpriseSharePct())).orElse(""),
          stated.map(a -> plain(a.workerSharePct())).orElse(""),
          stated.map(a -> source(ds, a.source())).orElse("")));
    }
    try {
      byte[] body = mapper.writer(schema.build()).writeValueAsString(rows).getBytes(StandardCharsets.UTF_8);
      byte[] out = new byte[BOM.length + body.length];
      System.arraycopy(BOM, 0, out, 0, BOM.length);
      System.arraycopy(body, 0, out, BOM.length, body.length);
      return out;
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("rows of strings and numbers always serialise", e);
    }
  }

  private static Map<String, Object> row(Object... values) {
    Map<String, Object> r = new LinkedHashMap<>();
    for (int i = 0; i < COLUMNS.size(); i++) {
      r.put(COLUMNS.get(i), values[i] instanceof LocalDate d ? d.toString() : values[i]);
    }
    return r;
  }

  private static String pct(long part, long whole) {
    if (whole == 0) {
      return "";
    }
    return BigDecimal.valueOf(part).multiply(BigDecimal.valueOf(100))
        .divide(BigDecimal.valueOf(whole), 2, RoundingMode.HALF_UP).toPlainString();
  }

  private static String plain(BigDecimal d) {
    return d == null ? "" : d.setScale(2, RoundingMode.HALF_UP).toPlainString();
  }

  private static String source(Dataset ds, String id) {
    return ds.source(id).map(Source::site).orElse(id);
  }
}
