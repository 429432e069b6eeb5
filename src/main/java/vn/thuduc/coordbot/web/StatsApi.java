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
import vn.thuduc.coordbot.lang.Formats;
import vn.thuduc.coordbot.lang.Lang;
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
  private final StatsCharts statsCharts;

  StatsApi(WebData data, Pages pages, WebText text, ObjectMapper json, ChartStore charts, Clock clock) {
    this.data = data;
    this.pages = pages;
    this.text = text;
    this.json = json;
    this.charts = charts;
    this.clock = clock;
    this.statsCharts = new StatsCharts(text);
  }

  /** What {@code ?asof=} asked for: nothing (the latest), a date, or a malformed value. */
  private record Asked(Optional<LocalDate> date, boolean malformed) {}

  private static Asked asked(Context ctx) {
    String d = ctx.queryParam("asof");
    if (d == null || d.isBlank()) {
      return new Asked(Optional.empty(), false);
    }
    try {
      return new Asked(Optional.of(LocalDate.parse(d.strip())), false);
    } catch (DateTimeParseException e) {
      return new Asked(Optional.empty(), true);
    }
  }

  /**
   * The table {@code ?asof=} asks for, or the error already sent: 400 for a malformed date, 404 naming
   * the dates the data has for a date it lacks, 503 before the first import.
   */
  private Optional<ZoneTable> table(Context ctx, Lang lang) {
    Asked a = asked(ctx);
    if (a.malformed()) {
      Http.error(ctx, json, 400, "bad_date", text.get(lang, "dash.date.bad", dates()));
      return Optional.empty();
    }
    Optional<ZoneTable> t = data.table(a.date());
    if (t.isEmpty() && a.date().isPresent() && !dates().isEmpty()) {
      Http.error(ctx, json, 404, "no_such_date", text.get(lang, "dash.date.none", a.date().get().toString(), dates()));
      return Optional.empty();
    }
    if (t.isEmpty()) {
      Http.error(ctx, json, 503, "no_data", text.get(lang, "dash.none"));
    }
    return t;
  }

  /** The dates with figures, newest first, as YYYY-MM-DD. */
  private String dates() {
    return data.table(Optional.empty()).map(t -> String.join(", ", t.dates().stream().map(LocalDate::toString)
        .toList())).orElse("");
  }

  void dashboard(Context ctx) {
    Lang lang = Http.pageLang(ctx);
    Asked a = asked(ctx);
    Optional<ZoneTable> t = a.malformed() ? Optional.empty() : data.table(a.date());
    if (t.isEmpty() && (a.malformed() || a.date().isPresent()) && !dates().isEmpty()) {
      // a date the data lacks: the latest table, with the dates there are, and a status that says so
      ctx.status(a.malformed() ? 400 : 404);
      Http.html(ctx, pages.dashboard(lang, data.table(Optional.empty()).orElse(null),
          text.get(lang, a.malformed() ? "dash.date.bad" : "dash.date.none", a.malformed() ? dates()
              : a.date().get().toString(), dates())));
      return;
    }
    Http.html(ctx, pages.dashboard(lang, t.orElse(null), null));
  }

  void stats(Context ctx) {
    Optional<ZoneTable> t = table(ctx, Http.pageLang(ctx));
    if (t.isEmpty()) {
      return;
    }
    Http.json(ctx, json, 200, statsJson(json, t.get()));
  }

  /** The body of {@code /api/stats} for {@code table} (DESIGN.md names its fields). */
  static ObjectNode statsJson(ObjectMapper json, ZoneTable table) {
    ObjectNode o = json.createObjectNode();
    o.put("as_of", table.asOf().toString());
    var dates = o.putArray("dates");
    table.dates().forEach(d -> dates.add(d.toString()));
    o.put("dataset_version", table.version());
    o.put("imported_at", table.importedAt().toString());
    o.put("same_date", !table.mixed());
    var zones = o.putArray("zones");
    for (ZoneTable.Row r : table.rows()) {
      ObjectNode z = zones.addObject();
      z.put("id", r.zoneId());
      z.put("name_vi", r.nameVi());
      z.put("name_en", r.nameEn());
      z.put("as_of", r.asOf().toString());
      z.put("enterprises", r.enterprises());
      z.put("workers", r.workers());
      z.put("workers_per_enterprise", r.perEnterprise());
      z.put("enterprise_share_of_zones_pct", r.enterpriseShare());
      z.put("worker_share_of_zones_pct", r.workerShare());
      z.put("source", r.source());
    }
    var absent = o.putArray("zones_without_figures");
    table.withoutFigures().forEach(z -> absent.add(z.id()));
    ObjectNode total = o.putObject("total");
    if (table.totalAsOf() == null) {
      total.putNull("as_of");
    } else {
      total.put("as_of", table.totalAsOf().toString());
    }
    total.put("enterprises", table.enterprises());
    total.put("workers", table.workers());
    total.put("workers_per_enterprise", table.perEnterprise());
    table.area().ifPresent(a -> {
      ObjectNode area = total.putObject("area");
      area.put("as_of", a.asOf().toString());
      area.put("name_vi", a.areaVi());
      area.put("name_en", a.areaEn());
      area.put("enterprise_share_pct", a.enterpriseSharePct());
      area.put("worker_share_pct", a.workerSharePct());
    });
    var sources = o.putArray("sources");
    table.sources().forEach(sources::add);
    return o;
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
    if ("time".equals(ctx.queryParam("series"))) {
      Optional<WebData.Snapshot> s = data.snapshot();
      if (s.isEmpty() || s.get().dataset().zoneStats().isEmpty()) {
        Http.error(ctx, json, 503, "no_data", text.get(lang, "dash.none"));
        return;
      }
      png(ctx, renderer.png(statsCharts.time(s.get().dataset(), lang)));
      return;
    }
    Optional<ZoneTable> t = table(ctx, lang);
    if (t.isEmpty()) {
      return;
    }
    png(ctx, renderer.png(statsCharts.bars(t.get(), lang)));
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
