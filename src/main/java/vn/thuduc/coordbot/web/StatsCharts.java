package vn.thuduc.coordbot.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.thuduc.coordbot.answer.ChartData;
import vn.thuduc.coordbot.lang.Formats;
import vn.thuduc.coordbot.lang.Lang;
import vn.thuduc.coordbot.data.Dataset;
import vn.thuduc.coordbot.data.Source;
import vn.thuduc.coordbot.data.Timeline;
import vn.thuduc.coordbot.data.Zone;
import vn.thuduc.coordbot.data.ZoneStat;

/**
 * The dashboard's charts, each titled with what it shows (the measures, the zones and those without
 * figures, the date) and with its source under it, so the image says it all when it travels alone:
 * the bars of one {@link ZoneTable} and, when the data has two or more dates, workers over time.
 */
final class StatsCharts {
  private final WebText text;

  StatsCharts(WebText text) {
    this.text = text;
  }

  /** The bars of {@code table}: workers and enterprises by zone. */
  ChartData bars(ZoneTable table, Lang lang) {
    String zones = text.get(lang, "chart.zones", table.rows().size());
    if (!table.absent().isEmpty()) {
      zones += " " + text.get(lang, "chart.absent", String.join(", ",
          table.absent().stream().map(z -> lang.pick(z.shortVi(), z.shortEn())).toList()));
    }
    String date = table.mixed() ? text.get(lang, "chart.latest") : Formats.date(table.asOf(), lang);
    String when = Formats.date(table.asOf(), lang);
    if (table.mixed()) {
      // "08/03/2024 (KCN Cát Lái, …); 01/01/2025 (KCX Linh Trung)": each date with its zones
      java.util.Map<LocalDate, List<String>> byDate = new java.util.TreeMap<>();
      table.rows().forEach(r -> byDate.computeIfAbsent(r.asOf(), d -> new ArrayList<>()).add(r.shortName(lang)));
      when = String.join("; ", byDate.entrySet().stream().map(e -> Formats.date(e.getKey(), lang) + " ("
          + String.join(", ", e.getValue()) + ")").toList());
    }
    String note = text.get(lang, "dash.source", String.join(", ", table.sources())) + " · "
        + text.get(lang, "dash.asof", when);
    return table.chart(lang, text.get(lang, "chart.title", zones, date), text.get(lang, "dash.workers"),
        text.get(lang, "dash.enterprises"), note);
  }

  /** Each zone's workers at each date the data has (no point where a zone has no figure). */
  ChartData time(Dataset ds, Lang lang) {
    Timeline tl = new Timeline(ds);
    List<LocalDate> dates = tl.dates();
    List<ChartData.Series> series = new ArrayList<>();
    List<String> sources = new ArrayList<>();
    for (Zone z : ds.zones()) {
      if (!tl.hasFigures(z.id())) {
        continue;
      }
      List<Long> values = new ArrayList<>();
      for (LocalDate d : dates) {
        values.add(tl.at(z.id(), d).map(ZoneStat::workers).orElse(-1L));
        tl.at(z.id(), d).map(s -> ds.source(s.source()).map(Source::site).orElse(s.source()))
            .filter(s -> !sources.contains(s)).ifPresent(sources::add);
      }
      series.add(new ChartData.Series(lang.pick(z.shortVi(), z.shortEn()), values));
    }
    String span = dates.isEmpty() ? "" : Formats.date(dates.get(0), lang) + "–"
        + Formats.date(dates.get(dates.size() - 1), lang);
    String note = text.get(lang, "dash.source", String.join(", ", sources));
    return new ChartData(text.get(lang, "chart.time.title", series.size(), span), text.get(lang, "dash.workers"),
        dates.stream().map(d -> Formats.date(d, lang)).toList(), series, lang, note, true);
  }
}
