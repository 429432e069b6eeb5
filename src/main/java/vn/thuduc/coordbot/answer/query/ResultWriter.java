package vn.thuduc.coordbot.answer.query;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import vn.thuduc.coordbot.answer.Answer;
import vn.thuduc.coordbot.answer.ChartData;
import vn.thuduc.coordbot.lang.Formats;
import vn.thuduc.coordbot.lang.Lang;
import vn.thuduc.coordbot.lang.Messages;
import vn.thuduc.coordbot.answer.SourceLabel;
import vn.thuduc.coordbot.answer.query.Result.Row;
import vn.thuduc.coordbot.data.Dataset;
import vn.thuduc.coordbot.data.Zone;
import vn.thuduc.coordbot.data.ZoneKind;
import vn.thuduc.coordbot.data.ZoneStat;
import vn.thuduc.coordbot.figures.Totals;

/**
 * Writes a {@link Result} (or an honest "the data has no …") as an answer in one language. Each
 * answer names what it answered ("KCX Linh Trung 2 có 30 doanh nghiệp."), so a follow-up shows how
 * it was read, and ends with the source and the date of the figures. {@link Wording} words the parts.
 *
 * <p>This class is long because it writes one family of sentences per kind of {@link Result}, and
 * the questions back (which zone, which measure) that share its footer of sources.
 */
public final class ResultWriter {
  private final Messages msg;
  private final Dataset ds;
  private final Lang lang;
  private final Set<String> sources = new LinkedHashSet<>();
  private final Wording ph;

  public ResultWriter(Messages msg, Dataset ds, Lang lang) {
    this.msg = msg;
    this.ds = ds;
    this.lang = lang;
    this.ph = new Wording(msg, ds, lang);
  }

  public Answer write(Result r, StatQuery q) {
    List<String> lines = new ArrayList<>();
    ChartData chart = null;
    List<String> zoneIds = new ArrayList<>();
    String intent;
    boolean answered = true;
    Result inner = r instanceof Result.Noted n ? n.result() : r;
    nearHeading(inner, lines);
    if (inner instanceof Result.Figures f) {
      intent = figures(f, lines);
      addIds(f.rows(), zoneIds);
    } else if (inner instanceof Result.Ranking k) {
      intent = "rank";
      ranking(k, lines);
      addIds(k.rows(), zoneIds);
      if (k.rows().size() > 1) {
        chart = new AnswerCharts(msg, ds, lang, ph).ranking(k);
      }
    } else if (inner instanceof Result.Places p) {
      intent = "rank_of";
      for (Result.Place pl : p.places()) {
        String in = p.within() instanceof ZoneSet.All ? null : ph.scope(p.within(), List.of());
        lines.add(msg.get(lang, in == null ? "q.place" : "q.place.in", ph.name(pl.row().zone()), pl.rank(), p.ofTotal(),
            ph.measure(pl.measure()), ph.value(pl.row(), pl.measure()), in));
        zoneIds.add(pl.row().zone().id());
      }
    } else if (inner instanceof Result.Comparison c) {
      intent = c.op() == StatQuery.Op.DIFFERENCE ? "difference" : "compare";
      comparison(c, lines);
      addIds(c.rowsA(), zoneIds);
      addIds(c.rowsB(), zoneIds);
    } else if (inner instanceof Result.Shares s) {
      intent = s.base().isEmpty() ? "share" : "zone_share";
      topOf(s, lines);
      shares(s, lines);
      addIds(s.partRows(), zoneIds);
    } else if (inner instanceof Result.ShareRanking k) {
      intent = "zone_share";
      shareRanking(k, lines);
      addIds(k.ranking().rows(), zoneIds);
    } else if (inner instanceof Result.Outside o) {
      intent = "share";
      outside(o, lines);
    } else if (inner instanceof Result.Count c) {
      intent = "zone_count";
      count(c, lines);
    } else if (inner instanceof Result.Listing l) {
      intent = "zone_list";
      listing(l, lines);
      addIds(l.rows(), zoneIds);
    } else if (inner instanceof Result.Lookup l) {
      intent = new RankWriter(msg, ph, lang).lookup(l, lines, zoneIds);
      answered = !l.exact().isEmpty() || !l.nearest().isEmpty();
    } else if (inner instanceof Result.Median md) {
      intent = "median";
      new RankWriter(msg, ph, lang).median(md, lines, zoneIds);
    } else if (inner instanceof Result.Membership ms) {
      intent = "rank_of";
      new RankWriter(msg, ph, lang).membership(ms, lines);
      zoneIds.add(ms.row().zone().id());
    } else if (inner instanceof Result.Both b) {
      intent = "rank";
      new RankWriter(msg, ph, lang).both(b, lines, zoneIds);
    } else if (inner instanceof Result.ByName b) {
      intent = "zone_list";
      new RankWriter(msg, ph, lang).byName(b, lines, zoneIds);
    } else if (inner instanceof Result.Card c) {
      intent = "zone_card";
      card(c, lines);
      zoneIds.add(c.row().zone().id());
    } else if (inner instanceof Result.Change c) {
      intent = "change";
      new ChangeWriter(msg, ph, lang).write(c, lines);
      chart = new AnswerCharts(msg, ds, lang, ph).change(c);
      addIds(c.rowsTo(), zoneIds);
      ds.zoneStats().stream().filter(x -> x.asOf().equals(c.from())).forEach(x -> sources.add(x.source()));
    } else if (inner instanceof Result.NoChange c) {
      intent = "no_change";
      answered = false;
      lines.add(msg.get(lang, "q.change.none", ph.scope(c.set(), List.of()),
          ph.joinAnd(c.dates().stream().map(ph::date).toList())));
    } else if (inner instanceof Result.NoFigures nf) {
      answered = false;
      intent = nf.when() instanceof When.Year ? "no_data_year" : "no_data_date";
      String dates = String.join(", ", nf.dates().stream().map(ph::date).toList());
      if (nf.area()) {
        String area = ds.latestAreaStat().map(a -> lang.pick(a.areaVi(), a.areaEn())).orElse("TP Thủ Đức");
        lines.add(nf.dates().isEmpty() ? msg.get(lang, "q.noarea.none", area)
            : msg.get(lang, "q.noarea", area, nf.when() == null ? "" : " " + ph.when(nf.when()), dates));
      } else {
        lines.add(msg.get(lang, "q.nodate", ph.when(nf.when()), dates.isEmpty() ? "—" : dates));
      }
    } else {
      intent = "as_of";
      lines.add(msg.get(lang, "q.asof", ph.date(r.asOf())));
      List<LocalDate> dates = ds.zoneStats().stream().map(ZoneStat::asOf).distinct().sorted().toList();
      if (dates.size() > 1) {
        lines.add(msg.get(lang, "q.dates", String.join(", ", dates.stream().map(ph::date).toList())));
      }
    }
    if (r instanceof Result.Noted n) {
      notes(n, lines);
    }
    if (q instanceof StatQuery.InThousands && inner instanceof Result.Figures f) {
      new RankWriter(msg, ph, lang).thousands(f, lines);
    }
    Answer a = finish(String.join("\n", lines), answered, intent, r.asOf(), q).withZones(zoneIds);
    return chart == null ? a : a.withChart(chart);
  }

  /** The lines saying what the date of {@code r} leaves out (none when it leaves nothing out). */
  public List<String> notes(Result r) {
    List<String> lines = new ArrayList<>();
    if (r instanceof Result.Noted n) {
      notes(n, lines);
    }
    return lines;
  }

  /** What the one date of the figures leaves out: newer figures, zones without figures there, each zone's own date. */
  private void notes(Result.Noted n, List<String> lines) {
    if (!n.newer().isEmpty() && n.result() instanceof Result.Shares sh && sh.base().isEmpty()) {
      // a share of the area exists only at a date the source states it: the newer figures have none
      String area = area(n.asOf()).map(a -> lang.pick(a.areaVi(), a.areaEn())).orElse("—");
      lines.add(msg.get(lang, "q.note.area", area, ph.date(n.asOf()), String.join(", ",
          n.newer().stream().map(ZoneStat::asOf).distinct().sorted().map(ph::date).toList())));
    } else if (!n.newer().isEmpty()) {
      List<String> items = new ArrayList<>();
      for (ZoneStat s : n.newer()) {
        items.add(msg.get(lang, "q.note.newer.item", ds.zone(s.zoneId()).map(ph::name).orElse(s.zoneId()),
            ph.date(s.asOf()), ph.num(s.enterprises()), ph.num(s.workers())));
        sources.add(s.source());
      }
      lines.add(msg.get(lang, "q.note.newer", ph.date(n.asOf()), String.join("; ", items)));
    }
    if (!n.absent().isEmpty()) {
      lines.add(msg.get(lang, "q.note.absent", ph.date(n.asOf()),
          ph.joinAnd(n.absent().stream().map(ph::name).toList())));
    }
    if (!n.mixed().isEmpty()) {
      List<String> items = new ArrayList<>();
      for (ZoneStat s : n.mixed()) {
        items.add(msg.get(lang, "q.note.mixed.item", ds.zone(s.zoneId()).map(ph::name).orElse(s.zoneId()),
            ph.date(s.asOf())));
        sources.add(s.source());
      }
      lines.add(msg.get(lang, "q.note.mixed", String.join(", ", items)));
    }
  }

  /** "the data has no rent", with what it does have. */
  public Answer missing(Parse.Missing m, Optional<LocalDate> asOf) {
    String when = asOf.map(ph::date).orElse("—");
    String text = m.label().equals("other") || m.label().equals("city_total")
        ? msg.get(lang, "q.missing." + m.label(), m.asTyped(), when)
        : msg.get(lang, "q.missing", msg.get(lang, "q.label." + m.label()), m.asTyped(), "", when);
    return finish(text, false, "no_data", asOf.orElse(null), null);
  }

  /** "Bạn hỏi KCX Linh Trung hay KCX Linh Trung 2?" when what was typed begins the names of several zones. */
  public Answer which(List<Zone> candidates, String typed) {
    List<String> names = candidates.stream().map(ph::name).toList();
    List<String> choices = new ArrayList<>();
    for (Zone z : candidates) {
      choices.add(msg.get(lang, "q.clarify.choice", ph.cap((lang.pick("số ", ""))
          + ph.measure(Measure.WORKERS) + " " + msg.get(lang, "q.and") + " " + ph.measure(Measure.ENTERPRISES)),
          ph.name(z)));
    }
    String text = msg.get(lang, "q.clarify.which", typed, ph.joinOr(names));
    return new Answer(text + "\n" + String.join("\n", choices.stream().map(c -> "• " + c).toList()), false, "clarify",
        List.of(), lang, Optional.empty(), List.of(), Optional.of("clarify(" + String.join(" | ",
            candidates.stream().map(Zone::id).toList()) + ")"), choices);
  }

  /** "Bạn hỏi số lao động của khu nào?" with the zones (and all of them) to choose from. */
  public Answer clarify(List<Measure> measures) {
    String what = measuresLabel(measures);
    String label = (lang.pick("số ", "")) + what;
    List<String> choices = new ArrayList<>();
    for (Zone z : ds.zones()) {
      choices.add(msg.get(lang, "q.clarify.choice", ph.cap(label), ph.name(z)));
    }
    choices.add(msg.get(lang, "q.clarify.all", what, ds.zones().size()));
    return asked(msg.get(lang, "q.clarify.zone", label, ds.zones().size()), choices);
  }

  /**
   * Which zone, asked back in the terms of the question: after a ranking of every zone, "khu đó đứng thứ mấy" offers
   * each zone's place ("KCX Linh Trung đứng thứ mấy về số lao động?") and "nó chiếm bao nhiêu %" each zone's share,
   * and the last choice the whole ranking or the five zones' share.
   */
  public Answer clarify(Parse.Need need, List<Measure> measures) {
    if (need == Parse.Need.ZONE) {
      return clarify(measures);
    }
    String key = need == Parse.Need.RANK ? "q.clarify.rank" : "q.clarify.share";
    String what = measuresLabel(measures);
    List<String> choices = new ArrayList<>();
    for (Zone z : ds.zones()) {
      choices.add(msg.get(lang, key + ".choice", ph.name(z), what));
    }
    choices.add(msg.get(lang, key + ".all", ds.zones().size(), what));
    return asked(msg.get(lang, key, what, ds.zones().size()), choices);
  }

  private String measuresLabel(List<Measure> measures) {
    return measures.size() == 1 ? msg.get(lang, "q.measure." + measures.get(0).code())
        : ph.measure(Measure.WORKERS) + " " + msg.get(lang, "q.and") + " " + ph.measure(Measure.ENTERPRISES);
  }

  private Answer asked(String question, List<String> choices) {
    return new Answer(question + "\n" + String.join("\n", choices.stream().map(c -> "• " + c).toList()), false,
        "clarify", List.of(), lang, Optional.empty(), List.of(), Optional.of("clarify(zone)"), choices);
  }

  private String figures(Result.Figures f, List<String> lines) {
    List<Row> rows = f.rows();
    if (rows.isEmpty() && (f.set() instanceof ZoneSet.Filtered || f.set() instanceof ZoneSet.Than)) {
      // "tổng doanh nghiệp các khu trên 100 nghìn lao động": no zone passes the bound, said as for a list of them
      listing(new Result.Listing(f.set(), rows, f.asOf()), lines);
      return "zone_metric";
    }
    if (rows.isEmpty()) {
      lines.add(msg.get(lang, "q.card.nostats"));
      return "zone_metric";
    }
    boolean ratioOnly = f.measures().size() == 1 && f.measures().get(0) == Measure.WORKERS_PER_ENTERPRISE;
    if (f.agg() == StatQuery.Agg.EACH || rows.size() == 1 && f.agg() != StatQuery.Agg.MEAN) {
      for (Row r : rows) {
        if (ratioOnly) {
          lines.add(msg.get(lang, "q.value.ratio", ph.name(r.zone()), ph.dec(r.value(Measure.WORKERS_PER_ENTERPRISE)),
              ph.num(r.workers()), ph.num(r.enterprises())));
        } else if (f.measures().containsAll(List.of(Measure.WORKERS, Measure.ENTERPRISES)) && f.measures().size() == 2) {
          lines.add(msg.get(lang, "q.value.both", ph.name(r.zone()), ph.num(r.enterprises()), ph.num(r.workers())));
        } else {
          for (Measure m : f.measures()) {
            lines.add(msg.get(lang, "q.value", ph.name(r.zone()), ph.value(r, m), ph.measure(m)));
          }
        }
      }
      if (rows.size() >= 2 && !ratioOnly) {
        lines.add(msg.get(lang, "q.sum", ph.names(rows), ph.amounts(rows, f.measures())));
      }
      return ratioOnly ? "average" : "zone_metric";
    }
    String scope = ph.scope(f.set(), rows);
    if (ratioOnly) {
      // the English sentence starts with the set, the Vietnamese one names it mid-sentence
      lines.add(msg.get(lang, "q.ratio.set", lang.pick(scope, ph.cap(scope)), ph.dec(f.combined().get(0)),
          ph.num((long) Evaluator.sum(rows, Measure.WORKERS)),
          ph.num((long) Evaluator.sum(rows, Measure.ENTERPRISES))));
      return "average";
    }
    if (f.agg() == StatQuery.Agg.MEAN) {
      for (int i = 0; i < f.measures().size(); i++) {
        Measure m = f.measures().get(i);
        lines.add(msg.get(lang, "q.mean", scope, ph.dec(f.combined().get(i)), ph.measure(m),
            ph.num((long) Evaluator.sum(rows, m)), rows.size()));
      }
      return "average";
    }
    lines.add(msg.get(lang, "q.sum", ph.cap(scope), ph.amounts(rows, f.measures())));
    if (rows.size() > 1 && rows.size() <= 5) {
      for (Row r : rows) {
        lines.add(msg.get(lang, "q.each.item", ph.name(r.zone()), ph.amounts(List.of(r), f.measures())));
      }
    }
    if (f.statedTotals()) {
      area(f.asOf()).ifPresent(a -> sources.add(a.source()));
    }
    return "total";
  }

  /** A ranking with no row to show says why ("khu thứ 6" of five: how many there are) and is done. */
  private boolean noRows(Result.Ranking k, List<String> lines) {
    if (!k.rows().isEmpty()) {
      return false;
    }
    lines.add(k.ofTotal() > 0 && k.offset() >= k.ofTotal() ? msg.get(lang, "q.rank.beyond", k.ofTotal())
        : msg.get(lang, "q.rank.none"));
    return true;
  }

  private void ranking(Result.Ranking k, List<String> lines) {
    if (noRows(k, lines)) {
      return;
    }
    String m = ph.measure(k.measure());
    String in = k.set() instanceof ZoneSet.All ? "" : msg.get(lang, "q.rank.in", ph.scope(k.set(), List.of()));
    boolean one = k.rows().size() == 1 || sameValue(k.rows(), k.measure()) && k.rows().size() < k.ofTotal();
    if (k.offset() == 0 && one && k.ofTotal() > 1) {
      lines.add(msg.get(lang, k.descending() ? "q.rank.max" : "q.rank.min", m, in, ph.names(k.rows()),
          ph.value(k.rows().get(0), k.measure())));
    } else if (one && k.ofTotal() > 1) {
      String nth = lang.pick(String.valueOf(k.offset() + 1), ph.ordinal(k.offset() + 1));
      lines.add(msg.get(lang, k.descending() ? "q.rank.nth.max" : "q.rank.nth.min", m, nth, in, ph.names(k.rows()),
          ph.value(k.rows().get(0), k.measure())));
    } else if (k.rows().size() < k.ofTotal()) {
      lines.add(msg.get(lang, k.descending() ? "q.rank.top.max" : "q.rank.top.min", k.rows().size(), m, in));
      int i = k.offset() + 1;
      for (Row r : k.rows()) {
        lines.add(msg.get(lang, "q.rank.item", i++, ph.name(r.zone()), ph.value(r, k.measure())));
      }
    } else {
      lines.add(msg.get(lang, k.descending() ? "q.rank.all.desc" : "q.rank.all.asc",
          ph.cap(ph.scope(k.set(), k.rows())), m));
      int i = 1;
      for (Row r : k.rows()) {
        lines.add(msg.get(lang, "q.rank.item", i++, ph.name(r.zone()), ph.value(r, k.measure())));
      }
    }
  }

  /**
   * The line that says how a zone near the mean or the two zones nearest each other were found, before their
   * figures: the mean itself, or which two zones they are.
   */
  private void nearHeading(Result inner, List<String> lines) {
    if (inner instanceof Result.Figures f && f.set() instanceof ZoneSet.NearMean n) {
      List<Result.Row> base = new Evaluator(ds).resolve(n.base());
      String mean = n.measure() == Measure.WORKERS_PER_ENTERPRISE
          ? ph.dec(RankMath.meanOf(base, n.measure())) + " " + ph.measure(n.measure())
          : msg.get(lang, "q.mean.per.zone", ph.dec(RankMath.meanOf(base, n.measure())), ph.measure(n.measure()));
      lines.add(msg.get(lang, "q.nearmean", ph.measure(n.measure()), ph.scope(n.base(), base), mean));
    }
    if (inner instanceof Result.Comparison c && c.a() instanceof ZoneSet.ClosestPair p) {
      lines.add(msg.get(lang, "q.closest", ph.measure(p.measure()), ph.scope(p.base(), List.of())));
    }
  }

  private void comparison(Result.Comparison c, List<String> lines) {
    String a = c.rowsA().size() == 1 ? ph.name(c.rowsA().get(0).zone()) : ph.cap(ph.scope(c.a(), c.rowsA()));
    String b = c.rowsB().size() == 1 ? ph.name(c.rowsB().get(0).zone()) : ph.scope(c.b(), c.rowsB());
    for (Measure m : c.measures()) {
      double va = c.valueA(m);
      double vb = c.valueB(m);
      if (c.op() == StatQuery.Op.PERCENT_DIFF || c.op() == StatQuery.Op.PERCENT_OF) {
        lines.add(percentOf(c, m, va, vb));
        continue;
      }
      String big = va >= vb ? a : ph.cap(b);
      String small = va >= vb ? ph.lower(b) : ph.lower(a);
      double hi = Math.max(va, vb);
      double lo = Math.min(va, vb);
      String vHi = ph.fmt(hi, m);
      String vLo = ph.fmt(lo, m);
      // "The export processing zones have …": the verb agrees with the bigger side
      String many = (va >= vb ? c.rowsA() : c.rowsB()).size() > 1 ? ".many" : "";
      if (c.op() == StatQuery.Op.DIFFERENCE) {
        lines.add(va == vb ? msg.get(lang, "q.compare.equal", a, b, ph.measure(m), ph.fmt(va, m))
            : msg.get(lang, "q.compare.diff" + many, big, small, ph.fmt(hi - lo, m), ph.measure(m), vHi, vLo));
      } else if (c.op() == StatQuery.Op.RATIO) {
        lines.add(lo == 0 ? msg.get(lang, "q.compare.title", ph.measure(m))
            : msg.get(lang, "q.compare.ratio" + many, ph.measure(m), lang.pick(ph.lower(big), big), ph.dec(hi / lo),
                small, vHi, vLo)); // "Số doanh nghiệp của các khu công nghiệp …": the set is named mid-sentence
      } else {
        boolean range = c.a() instanceof ZoneSet.Extreme ea && !ea.most() && c.b() instanceof ZoneSet.Extreme eb
            && eb.most();
        // "dao động trong khoảng nào", "range": from the fewest to the most, then both ends
        lines.add(range ? msg.get(lang, "q.range", ph.measure(m), vLo, ph.lower(a), vHi, ph.lower(b))
            : msg.get(lang, "q.compare.title", ph.measure(m)));
        lines.add(msg.get(lang, "q.each.item", a, ph.fmt(va, m)));
        lines.add(msg.get(lang, "q.each.item", ph.cap(b), ph.fmt(vb, m)));
        lines.add(va == vb ? msg.get(lang, "q.compare.equal", a, b, ph.measure(m), ph.fmt(va, m))
            : msg.get(lang, "q.compare.more" + many, big, small, ph.fmt(hi - lo, m), ph.measure(m),
                lo == 0 ? "∞" : ph.dec(hi / lo)));
      }
    }
  }

  /**
   * Side a against side b in percent, with both figures so the user can check: how many percent more (or fewer)
   * a has than b, or a as a percentage of b.
   */
  private String percentOf(Result.Comparison c, Measure m, double va, double vb) {
    String a = c.rowsA().size() == 1 ? ph.name(c.rowsA().get(0).zone()) : ph.lower(ph.scope(c.a(), c.rowsA()));
    String b = c.rowsB().size() == 1 ? ph.name(c.rowsB().get(0).zone()) : ph.lower(ph.scope(c.b(), c.rowsB()));
    if (vb == 0) {
      return msg.get(lang, "q.compare.pct.none", ph.measure(m), b, ph.fmt(va, m), ph.fmt(vb, m));
    }
    String many = c.rowsA().size() > 1 ? ".many" : "";
    if (c.op() == StatQuery.Op.PERCENT_OF) {
      return msg.get(lang, "q.compare.pct.of", ph.measure(m), a, b, ph.pct(100.0 * va / vb), ph.fmt(va, m),
          ph.fmt(vb, m));
    }
    if (va == vb) {
      return msg.get(lang, "q.compare.equal", ph.cap(a), b, ph.measure(m), ph.fmt(va, m));
    }
    return msg.get(lang, (va > vb ? "q.compare.pct.more" : "q.compare.pct.fewer") + many, ph.measure(m), a, b,
        ph.pct(100.0 * Math.abs(va - vb) / vb), ph.fmt(va, m), ph.fmt(vb, m), ph.dec(va / vb));
  }

  /** The place in the ranking of the zones a share of "the three largest", "the second zone" is of. */
  private void topOf(Result.Shares s, List<String> lines) {
    if (s.part() instanceof ZoneSet.Top t && !s.partRows().isEmpty()) {
      ranking(new Result.Ranking(t.base(), s.partRows(), t.measure(), t.descending(), t.offset(),
          s.base().isPresent() ? s.baseRows().size() : s.partRows().size(), s.asOf()), lines);
    }
  }

  /** Each zone's share of the ranked zones' total, in ranking order. */
  private void shareRanking(Result.ShareRanking s, List<String> lines) {
    Result.Ranking k = s.ranking();
    if (noRows(k, lines)) {
      return;
    }
    lines.add(msg.get(lang, k.descending() ? "q.share.rank.desc" : "q.share.rank.asc", ph.measure(k.measure()),
        ph.scope(k.set(), List.of()), ph.num(Math.round(s.total()))));
    int i = k.offset() + 1;
    for (Row r : k.rows()) {
      lines.add(msg.get(lang, "q.rank.item", i++, ph.name(r.zone()), msg.get(lang, "q.share.rank.value",
          ph.pct(Evaluator.percentOf(r.value(k.measure()), s.total())), ph.value(r, k.measure()))));
    }
  }

  /** The area outside the zones: the rest of the stated share, or the count estimated from it, said so. */
  private void outside(Result.Outside o, List<String> lines) {
    for (Result.OutsideValue v : o.values()) {
      String stated = ph.pct(v.statedPercent());
      lines.add(o.share()
          ? msg.get(lang, "q.outside.share", ph.pct(v.percentOutside()), ph.measure(v.measure()), o.zones(), stated)
          : msg.get(lang, "q.outside.count", ph.measure(v.measure()), o.zones(), ph.num(Math.round(v.outside())),
              ph.num(Math.round(v.areaTotal())), stated, ph.num(v.inZones())));
    }
    area(o.asOf()).ifPresent(a -> sources.add(a.source()));
    if (lines.isEmpty()) {
      lines.add(msg.get(lang, "q.card.nostats"));
    }
  }

  private void shares(Result.Shares s, List<String> lines) {
    String part = s.partRows().size() == 1 ? ph.name(s.partRows().get(0).zone())
        : ph.cap(ph.scope(s.part(), s.partRows()));
    for (Result.ShareValue v : s.values()) {
      if (s.base().isPresent()) {
        lines.add(msg.get(lang, s.partRows().size() > 1 ? "q.share.many" : "q.share", part, ph.pct(v.percent()),
            ph.measure(v.measure()),
            ph.scope(s.base().get(), s.baseRows()), ph.num((long) v.part()), ph.num((long) v.base())));
      } else if (!v.derived()) {
        lines.add(msg.get(lang, "q.share.stated", ph.measure(v.measure()), ph.scope(s.part(), s.partRows()),
            ph.pct(v.percent()),
            ph.num(Math.round(v.base()))));
        area(s.asOf()).ifPresent(a -> sources.add(a.source()));
      } else {
        area(s.asOf()).ifPresent(a -> {
          sources.add(a.source());
          java.math.BigDecimal stated = v.measure() == Measure.WORKERS ? a.workerSharePct() : a.enterpriseSharePct();
          lines.add(msg.get(lang, s.partRows().size() > 1 ? "q.share.derived.many" : "q.share.derived", part,
              ph.pct(v.percent()), ph.measure(v.measure()),
              Formats.percent(stated, 2, lang), ph.num(Math.round(v.base()))));
        });
      }
    }
    if (lines.isEmpty()) {
      lines.add(msg.get(lang, "q.card.nostats"));
    }
  }

  private void count(Result.Count c, List<String> lines) {
    List<String> names = c.zones().stream().map(ph::name).toList();
    if (c.set() instanceof ZoneSet.VsMean) {
      lines.add(msg.get(lang, "q.count.vsmean", ph.cap(ph.scope(c.set(), List.of())), c.zones().size(),
          String.join(", ", names)));
      return;
    }
    if (c.set() instanceof ZoneSet.Filtered f) {
      String m = ph.measure(f.measure());
      String cmp = ph.bound(f);
      lines.add(c.zones().isEmpty() ? msg.get(lang, "q.count.none", cmp, ph.num(f.value()), m)
          : msg.get(lang, "q.count.filter", c.zones().size(), cmp, ph.num(f.value()), m, String.join(", ", names)));
      return;
    }
    String area = ds.latestAreaStat().map(a -> lang.pick(a.areaVi(), a.areaEn())).orElse("TP Thủ Đức");
    List<String> parts = new ArrayList<>();
    for (ZoneKind kind : List.of(ZoneKind.IP, ZoneKind.EPZ, ZoneKind.HTP)) {
      List<Zone> of = c.zones().stream().filter(z -> z.kind() == kind).toList();
      if (!of.isEmpty()) {
        parts.add(msg.get(lang, "q.count.part", of.size(), msg.get(lang, "q.kind.count." + kind.code()
            + (of.size() == 1 ? "" : ".plural")), String.join(", ", of.stream().map(ph::name).toList())));
      }
    }
    if (!(c.set() instanceof ZoneSet.All) && !(c.set() instanceof ZoneSet.OfKind)) {
      // "còn lại mấy khu kia": the zones of that set, never "Thủ Đức has N zones in the data"
      lines.add(msg.get(lang, "q.count.set", ph.cap(ph.scope(c.set(), List.of())).replace(" ()", ""),
          c.zones().size(), ph.joinAnd(parts)));
      return;
    }
    lines.add(msg.get(lang, c.set() instanceof ZoneSet.OfKind ? "q.count.kinds" : "q.count", area, c.zones().size(),
        ph.joinAnd(parts)));
  }

  private void listing(Result.Listing l, List<String> lines) {
    if (l.rows().isEmpty() && l.set() instanceof ZoneSet.Than t) {
      lines.add(msg.get(lang, t.more() ? "q.list.none.than.more" : "q.list.none.than.fewer", ph.measure(t.measure()),
          ph.than(t)));
      return;
    }
    if (l.rows().isEmpty() && l.set() instanceof ZoneSet.Filtered f) {
      // the nearest to the bound among the zones asked about: "trên 50" → the most, "dưới 5" → the fewest
      Row best = null;
      for (Row r : new Evaluator(ds).resolve(f.base())) {
        double v = r.value(f.measure());
        if (best == null || (f.more() ? v > best.value(f.measure()) : v < best.value(f.measure()))) {
          best = r;
        }
      }
      String key = (f.more() ? "q.list.none" : "q.list.none.fewest") + (f.percent() ? ".share" : "");
      lines.add(msg.get(lang, key, ph.bound(f), ph.num(f.value()),
          ph.measure(f.measure()), best == null ? "—" : ph.name(best.zone()),
          best == null ? "0" : f.percent() ? ph.pct(shareOf(best, f.measure())) : ph.value(best, f.measure())));
      return;
    }
    if (l.set() instanceof ZoneSet.ShareVsShare v) {
      // each zone with both of its shares, so the reader sees what was set against what
      boolean named = v.base() instanceof ZoneSet.Named;
      lines.add(named ? msg.get(lang, "q.sharevs.title")
          : l.rows().isEmpty() ? msg.get(lang, "q.list.none.sharevs", ph.measure(v.measure()),
          msg.get(lang, v.more() ? "q.sharevs.more" : "q.sharevs.less"), ph.measure(v.other()))
          : msg.get(lang, "q.list.title", ph.cap(ph.scope(v, l.rows()))));
      List<Row> shown = l.rows().isEmpty() || named ? new Evaluator(ds).resolve(v.base()) : l.rows();
      for (Row r : shown) {
        lines.add(msg.get(lang, "q.list.item.sharevs", ph.name(r.zone()), ph.pct(shareOf(r, v.measure())),
            ph.measure(v.measure()), ph.pct(shareOf(r, v.other())), ph.measure(v.other())));
      }
      return;
    }
    lines.add(msg.get(lang, "q.list.title", ph.cap(ph.scope(l.set(), l.rows()))));
    Measure shared = l.set() instanceof ZoneSet.Filtered f && f.percent() ? f.measure() : null;
    for (Row r : l.rows()) {
      lines.add(msg.get(lang, "q.list.item", ph.name(r.zone()), ph.num(r.enterprises()), ph.num(r.workers()))
          + (shared == null ? "" : msg.get(lang, "q.list.item.share", ph.pct(shareOf(r, shared)),
              ph.measure(shared))));
    }
  }

  /**
   * The bound of {@code f} zone by zone, beside a yes or a no on the group's total that it would not give: "Tính
   * riêng từng khu: không có khu nào có trên 50 doanh nghiệp (…)", "… chỉ KCX Linh Trung có trên 30 doanh nghiệp".
   */
  public String eachNote(ZoneSet.Filtered f, Result.Listing passing) {
    List<String> lines = new ArrayList<>();
    if (passing.rows().isEmpty()) {
      listing(passing, lines);
      String none = lines.get(0);
      return msg.get(lang, "q.group.each", Character.toLowerCase(none.charAt(0)) + none.substring(1));
    }
    List<String> names = new ArrayList<>();
    for (Row r : passing.rows()) {
      names.add(ph.name(r.zone()));
    }
    boolean all = new Evaluator(ds).resolve(f.base()).size() == passing.rows().size();
    String key = (all ? "q.group.each.all" : "q.group.each.some") + (f.percent() ? ".share" : "");
    return msg.get(lang, key, ph.joinAnd(names), ph.bound(f), ph.num(f.value()), ph.measure(f.measure()));
  }

  /** Row {@code r}'s share (percent) of the five zones' {@code m}. */
  private double shareOf(Row r, Measure m) {
    return Evaluator.percentOf(r.value(m), Evaluator.sum(new Evaluator(ds).resolve(new ZoneSet.All()), m));
  }

  private void card(Result.Card c, List<String> lines) {
    Zone z = c.row().zone();
    lines.add(msg.get(lang, "q.card.title", ph.full(z), msg.get(lang, "q.kind.one." + z.kind().code())));
    if (c.row().enterprises() < 0) {
      lines.add(msg.get(lang, "q.card.nostats"));
      return;
    }
    lines.add(msg.get(lang, "q.card.enterprises", ph.num(c.row().enterprises())));
    lines.add(msg.get(lang, "q.card.workers", ph.num(c.row().workers())));
    if (c.row().enterprises() > 0) {
      lines.add(msg.get(lang, "q.card.ratio", Formats.decimal(Totals.ratio(c.row().workers(), c.row().enterprises()), 2,
          lang)));
    }
    if (c.zones() > 1 && c.enterpriseShare().isPresent() && c.workerShare().isPresent()) {
      lines.add(msg.get(lang, "q.card.share", Formats.percent(c.enterpriseShare().get(), 2, lang),
          Formats.percent(c.workerShare().get(), 2, lang), c.zones()));
    }
  }

  /**
   * The answer with one short line on how the question was read, when typos were read as other words or
   * words the data knows nothing about were left out; the answer itself otherwise.
   */
  /**
   * A zone's card given for a question about something of that zone the data lacks ({@code dropped}, as typed): says so
   * first, then what the data has on the zone.
   */
  public Answer cardInstead(Answer a, String zone, List<String> dropped) {
    java.util.Optional<vn.thuduc.coordbot.data.Zone> z = ds.zone(zone);
    String lead = msg.get(lang, "q.card.instead", String.join("”, “", dropped), z.isPresent() ? ph.name(z.get()) : zone);
    return new Answer(lead + "\n" + a.text(), a.answered(), a.intent(), a.sources(), a.lang(), a.chart(), a.zoneIds(),
        a.query(), a.choices());
  }

  /**
   * A zone's figures given for a question about something in it the data has nothing on ({@code dropped}, as typed,
   * e.g. a company's name): says first that the figures are the whole zone's.
   */
  public Answer wholeZoneInstead(Answer a, String zone, List<String> dropped) {
    java.util.Optional<vn.thuduc.coordbot.data.Zone> z = ds.zone(zone);
    String lead = msg.get(lang, "q.zone.instead", String.join("”, “", dropped), z.isPresent() ? ph.name(z.get()) : zone);
    return new Answer(lead + "\n" + a.text(), a.answered(), a.intent(), a.sources(), a.lang(), a.chart(), a.zoneIds(),
        a.query(), a.choices());
  }

  public Answer understood(Answer a, List<Tagger.Correction> corrected, List<String> dropped) {
    List<String> parts = new ArrayList<>();
    if (!corrected.isEmpty()) {
      parts.add(msg.get(lang, "understood.corrected", corrected.stream()
          .map(c -> msg.get(lang, "understood.as", c.typed(), c.meant())).distinct()
          .collect(java.util.stream.Collectors.joining(", "))));
    }
    if (!dropped.isEmpty()) {
      parts.add(msg.get(lang, "understood.dropped", String.join("”, “", dropped)));
    }
    if (parts.isEmpty()) {
      return a;
    }
    return new Answer(a.text() + "\n" + String.join(" ", parts), a.answered(), a.intent(), a.sources(), a.lang(),
        a.chart(), a.zoneIds(), a.query(), a.choices());
  }

  /**
   * "Loại khu nào có nhiều lao động nhất?": each kind of zone ({@code kinds}, one total of its zones each) by its total,
   * most first unless {@code fewest}.
   */
  public Answer kindTotals(List<Result.Figures> kinds, Measure m, boolean fewest) {
    List<Result.Figures> order = new ArrayList<>();
    for (Result.Figures f : kinds) {
      int at = 0;
      while (at < order.size() && (fewest ? order.get(at).combined().get(0) <= f.combined().get(0)
          : order.get(at).combined().get(0) >= f.combined().get(0))) {
        at++;
      }
      order.add(at, f);
    }
    List<String> lines = new ArrayList<>();
    lines.add(msg.get(lang, fewest ? "q.kinds.ranked.asc" : "q.kinds.ranked.desc", ph.measure(m)));
    for (int i = 0; i < order.size(); i++) {
      Result.Figures f = order.get(i);
      String kind = f.set() instanceof ZoneSet.OfKind k ? k.kinds().iterator().next().code() : "";
      List<String> names = new ArrayList<>();
      for (Row r : f.rows()) {
        names.add(ph.name(r.zone()));
      }
      lines.add(msg.get(lang, "q.kinds.row", i + 1, msg.get(lang, "kind." + kind + ".plural"),
          String.join(", ", names), ph.num(Math.round(f.combined().get(0)))));
    }
    return finish(String.join("\n", lines), !order.isEmpty(), "rank", order.isEmpty() ? null : order.get(0).asOf(),
        null).withQuery("rank_kinds(" + m.code() + (fewest ? ", asc)" : ", desc)"));
  }

  /** The answer with a line saying that it gives workers per enterprise for enterprises per worker, its inverse. */
  public Answer inverse(Answer a) {
    return beforeSource(a, msg.get(lang, "q.inverse"));
  }

  /** The answer with {@code line} right after its figures, before the source line (at the end when there is none). */
  public Answer beforeSource(Answer a, String line) {
    List<String> lines = new ArrayList<>(a.text().lines().toList());
    String footer = msg.get(lang, "source.footer", "").strip();
    int at = lines.size();
    while (at > 0 && !lines.get(at - 1).startsWith(footer)) {
      at--;
    }
    lines.add(at == 0 ? lines.size() : at - 1, line);
    return new Answer(String.join("\n", lines), a.answered(), a.intent(), a.sources(), a.lang(), a.chart(),
        a.zoneIds(), a.query(), a.choices());
  }

  private Answer finish(String body, boolean answered, String intent, LocalDate asOf, StatQuery q) {
    if (asOf != null) {
      for (ZoneStat s : ds.zoneStats()) {
        if (s.asOf().equals(asOf)) {
          sources.add(s.source());
        }
      }
    }
    List<String> labels = new ArrayList<>();
    for (String id : sources) {
      Optional<vn.thuduc.coordbot.data.Source> s = ds.source(id);
      if (s.isPresent()) {
        labels.add(SourceLabel.of(msg, lang, s.get()));
      }
    }
    String text = body;
    if (!labels.isEmpty() && answered) {
      String joined = String.join("; ", labels);
      text = body + "\n" + (asOf == null ? msg.get(lang, "source.footer", joined)
          : msg.get(lang, "source.footer.asof", joined, ph.date(asOf)));
    }
    return new Answer(text, answered, intent, answered ? labels : List.of(), lang, Optional.empty(), List.of(),
        q == null ? Optional.empty() : Optional.ofNullable(q.render()), List.of());
  }

  // loops, not lambdas, on the way of every statistics answer: each lambda is a class made at its first use,
  // which every start of ask paid (see performance.md, "Start-up of ask")
  private static void addIds(List<Result.Row> rows, List<String> zoneIds) {
    for (Result.Row x : rows) {
      zoneIds.add(x.zone().id());
    }
  }


  private Optional<vn.thuduc.coordbot.data.AreaStat> area(LocalDate d) {
    for (vn.thuduc.coordbot.data.AreaStat a : ds.areaStats()) {
      if (a.asOf().equals(d)) {
        return Optional.of(a);
      }
    }
    return Optional.empty();
  }

  static double ratioOf(List<Row> rows) {
    double e = Evaluator.sum(rows, Measure.ENTERPRISES);
    return e == 0 ? 0 : Evaluator.sum(rows, Measure.WORKERS) / e;
  }

  private static boolean sameValue(List<Row> rows, Measure m) {
    return rows.stream().mapToDouble(r -> r.value(m)).distinct().count() == 1;
  }
}
