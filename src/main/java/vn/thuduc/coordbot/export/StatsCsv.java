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
import vn.thuduc.coordbot.lang.Lang;
import vn.thuduc.coordbot.data.AreaStat;
import vn.thuduc.coordbot.data.Dataset;
import vn.thuduc.coordbot.data.Source;
import vn.thuduc.coordbot.data.Zone;
import vn.thuduc.coordbot.data.Timeline;
import vn.thuduc.coordbot.figures.Totals;

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
    Timeline tl = new Timeline(ds);
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
    for (LocalDate d : tl.dates()) {
      Totals t = Totals.at(tl, d);
      for (Totals.Line l : t.lines()) {
        Zone z = l.zone();
        rows.add(row(z.id(), lang.pick(z.nameVi(), z.nameEn()), d, l.enterprises(), l.workers(),
            plain(l.enterpriseShare()), plain(l.workerShare()), "", "", source(ds, l.stat().source())));
      }
      // a date only some zones have: no shares (one zone would be 100%), and the total says whose it is
      if (!t.complete()) {
        int n = t.lines().size();
        int of = t.zonesWithFigures();
        rows.add(row("total", lang.pick("Tổng cộng (chỉ " + n + "/" + of + " khu có số liệu ngày này)",
            "Total (only " + n + " of " + of + " zones have figures at this date)"), d, t.enterprises(), t.workers(),
            "", "", "", "", ""));
        continue;
      }
      Optional<AreaStat> stated = t.area();
      rows.add(row("total", lang.pick("Tổng cộng", "Total"), d, t.enterprises(), t.workers(),
          plain(Totals.percent(t.enterprises(), t.enterprises())), plain(Totals.percent(t.workers(), t.workers())),
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

  private static String plain(BigDecimal d) {
    return d == null ? "" : d.setScale(2, RoundingMode.HALF_UP).toPlainString();
  }

  private static String source(Dataset ds, String id) {
    return ds.source(id).map(Source::site).orElse(id);
  }
}
