package vn.thuduc.coordbot.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import vn.thuduc.coordbot.answer.Formats;
import vn.thuduc.coordbot.answer.Lang;
import vn.thuduc.coordbot.chart.ChartRenderer;
import vn.thuduc.coordbot.export.StatsCsv;

/**
 * The officials' figures on the web: the dashboard page, {@code /api/stats} (JSON), {@code
 * /api/stats.csv}, {@code /api/chart.png} and the charts of answers. Read-only; {@code ?asof=} picks a
 * date when the data has several.
 */
final class StatsApi {
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyyMMdd")
      .withZone(ZoneId.of("Asia/Ho_Chi_Minh"));

  private final WebData data;
  private final Pages pages;
  private final WebText text;
  private final ObjectMapper json;
  private final ChartStore charts;
  private final Clock clock;
  private final ChartRenderer renderer = new ChartRenderer();
  private final StatsCsv csv = new StatsCsv();

  StatsApi(WebData data, Pages pages, WebText text, ObjectMapper json, ChartStore charts, Clock clock) {
    this.data = data;
    this.pages = pages;
    this.text = text;
    this.json = json;
    this.charts = charts;
    this.clock = clock;
  }

  private Optional<LocalDate> asOf(Context ctx) {
    String d = ctx.queryParam("asof");
    if (d == null || d.isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.parse(d.strip()));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  void dashboard(Context ctx) {
    Http.html(ctx, pages.dashboard(Http.pageLang(ctx), data.table(asOf(ctx)).orElse(null)));
  }

  void stats(Context ctx) {
    Optional<ZoneTable> t = data.table(asOf(ctx));
    if (t.isEmpty()) {
      Http.error(ctx, json, 503, "no_data", text.get(Http.pageLang(ctx), "dash.none"));
      return;
    }
    ZoneTable table = t.get();
    ObjectNode o = json.createObjectNode();
    o.put("as_of", table.asOf().toString());
    var dates = o.putArray("dates");
    table.dates().forEach(d -> dates.add(d.toString()));
    o.put("dataset_version", table.version());
    o.put("imported_at", table.importedAt().toString());
    var zones = o.putArray("zones");
    for (ZoneTable.Row r : table.rows()) {
      ObjectNode z = zones.addObject();
      z.put("id", r.zoneId());
      z.put("name_vi", r.nameVi());
      z.put("name_en", r.nameEn());
      z.put("enterprises", r.enterprises());
      z.put("workers", r.workers());
      z.put("workers_per_enterprise", r.perEnterprise());
      z.put("enterprise_share_of_zones_pct", r.enterpriseShare());
      z.put("worker_share_of_zones_pct", r.workerShare());
      z.put("source", r.source());
    }
    ObjectNode total = o.putObject("total");
    total.put("enterprises", table.enterprises());
    total.put("workers", table.workers());
    total.put("workers_per_enterprise", ZoneTable.ratio(table.workers(), table.enterprises(), 1));
    table.area().ifPresent(a -> {
      ObjectNode area = total.putObject("area");
      area.put("name_vi", a.areaVi());
      area.put("name_en", a.areaEn());
      area.put("enterprise_share_pct", a.enterpriseSharePct());
      area.put("worker_share_pct", a.workerSharePct());
    });
    var sources = o.putArray("sources");
    table.sources().forEach(sources::add);
    Http.json(ctx, json, 200, o);
  }

  void statsCsv(Context ctx) {
    Optional<WebData.Snapshot> s = data.snapshot();
    if (s.isEmpty() || s.get().dataset().zoneStats().isEmpty()) {
      Http.error(ctx, json, 503, "no_data", text.get(Http.pageLang(ctx), "dash.none"));
      return;
    }
    Lang lang = Http.pageLang(ctx);
    ctx.header("Cache-Control", "no-store");
    ctx.header("Content-Disposition", "attachment; filename=\"coordbot-stats-" + DAY.format(clock.instant())
        + ".csv\"");
    ctx.contentType("text/csv; charset=utf-8");
    ctx.result(csv.render(s.get().dataset(), lang));
  }

  void chart(Context ctx) {
    String l = ctx.queryParam("lang");
    if (l != null && !l.equals("vi") && !l.equals("en")) {
      Http.error(ctx, json, 400, "bad_lang", "lang: vi | en");
      return;
    }
    Lang lang = l == null ? Http.pageLang(ctx) : Lang.fromCode(l).orElseThrow();
    Optional<ZoneTable> t = data.table(asOf(ctx));
    if (t.isEmpty()) {
      Http.error(ctx, json, 503, "no_data", text.get(lang, "dash.none"));
      return;
    }
    ZoneTable table = t.get();
    String date = Formats.date(table.asOf(), lang);
    String note = text.get(lang, "dash.source", String.join(", ", table.sources())) + " · "
        + text.get(lang, "dash.asof", date);
    png(ctx, renderer.png(table.chart(lang, text.get(lang, "chart.title", date), text.get(lang, "dash.workers"),
        text.get(lang, "dash.enterprises"), note)));
  }

  void answerChart(Context ctx) {
    String key = ctx.pathParam("key");
    Optional<vn.thuduc.coordbot.answer.ChartData> c = key.endsWith(".png")
        ? charts.get(key.substring(0, key.length() - 4)) : Optional.empty();
    if (c.isEmpty()) {
      Http.error(ctx, json, 404, "not_found", text.get(Http.pageLang(ctx), "error.not_found"));
      return;
    }
    png(ctx, renderer.png(c.get()));
  }

  private static void png(Context ctx, byte[] bytes) {
    ctx.header("Cache-Control", "no-cache");
    ctx.contentType("image/png");
    ctx.result(bytes);
  }
}
