package vn.thuduc.coordbot.search;

import java.util.ArrayList;
import java.util.List;
import vn.thuduc.coordbot.data.Agreement;
import vn.thuduc.coordbot.data.AreaStat;
import vn.thuduc.coordbot.data.Award;
import vn.thuduc.coordbot.data.Dataset;
import vn.thuduc.coordbot.data.Industry;
import vn.thuduc.coordbot.data.Meeting;
import vn.thuduc.coordbot.data.Person;
import vn.thuduc.coordbot.data.Point;
import vn.thuduc.coordbot.data.Source;
import vn.thuduc.coordbot.data.Zone;
import vn.thuduc.coordbot.data.ZoneStat;

/** Cuts a dataset into the passages the index holds, one per fact worth finding on its own. */
public final class Passages {
  private Passages() {}

  public static List<Passage> from(Dataset ds) {
    List<Passage> out = new ArrayList<>();
    for (Zone z : ds.zones()) {
      String vi = z.nameVi() + " (" + z.shortVi() + ")";
      String en = z.nameEn() + " (" + z.shortEn() + ")";
      var st = ds.latestStat(z.id());
      if (st.isPresent()) {
        ZoneStat s = st.get();
        vi += ": " + s.enterprises() + " doanh nghiệp, " + s.workers() + " lao động (ngày " + s.asOf() + ").";
        en += ": " + s.enterprises() + " enterprises, " + s.workers() + " workers (as of " + s.asOf() + ").";
      }
      out.add(new Passage("zone/" + z.id(), "zone", vi, en));
    }
    for (AreaStat a : ds.areaStats()) {
      out.add(new Passage("area/" + a.id(), "area",
          a.areaVi() + ": " + a.zones().size() + " khu, tổng số " + a.enterprises() + " doanh nghiệp, "
              + a.workers() + " lao động; chiếm " + a.enterpriseSharePct() + "% doanh nghiệp và "
              + a.workerSharePct() + "% lao động trên địa bàn.",
          a.areaEn() + ": " + a.zones().size() + " zones, " + a.enterprises() + " enterprises, " + a.workers()
              + " workers in total; " + a.enterpriseSharePct() + "% of the enterprises and " + a.workerSharePct()
              + "% of the workers in the area."));
    }
    if (!ds.industries().isEmpty()) {
      out.add(new Passage("industries", "industries",
          "Ngành nghề của doanh nghiệp trong các khu: " + industries(ds, true) + ".",
          "Industries of the enterprises in the zones: " + industries(ds, false) + "."));
    }
    for (Meeting m : ds.meetings()) {
      out.add(new Passage("meeting/" + m.id(), "meeting",
          m.titleVi() + ". Ngày " + m.date() + ", " + m.organiserVi() + " tổ chức.",
          m.titleEn() + ". On " + m.date() + ", organised by " + m.organiserEn() + "."));
      out.add(new Passage("purpose/" + m.id(), "purpose", m.purposeVi(), m.purposeEn()));
    }
    for (Agreement a : ds.agreements()) {
      String actVi = a.signed() ? "ký kết" : "sơ kết";
      String actEn = a.signed() ? "signed" : "reviewed";
      out.add(new Passage("agreement/" + a.id(), "agreement",
          "Quy chế phối hợp giữa " + a.partyAVi() + " với " + a.partyBVi() + " giai đoạn " + a.fromYear() + "–"
              + a.toYear() + " (" + actVi + ").",
          "Coordination Regulation between " + a.partyAEn() + " and " + a.partyBEn() + ", " + a.fromYear() + "–"
              + a.toYear() + " (" + actEn + ")."));
    }
    for (Person p : ds.people()) {
      out.add(new Passage("person/" + p.id(), "person",
          p.name() + ": " + String.join("; ", p.titlesVi()) + ".",
          p.name() + ": " + String.join("; ", p.titlesEn()) + "."));
    }
    for (Point p : ds.points()) {
      out.add(new Passage("point/" + p.id(), "point", p.textVi(), p.textEn()));
    }
    for (Award a : ds.awards()) {
      String who = a.collective() ? " tập thể" : " cá nhân";
      String whoEn = a.collective() ? " collectives" : " individuals";
      out.add(new Passage("award/" + a.id(), "award",
          a.givenByVi() + " tặng " + a.awardVi() + " cho " + a.count() + who + " " + a.reasonVi() + " giai đoạn "
              + a.fromYear() + "–" + a.toYear() + "."
              + (a.recipients().isEmpty() ? "" : " " + String.join(", ", a.recipients())),
          a.givenByEn() + " awarded a " + a.awardEn() + " to " + a.count() + whoEn + " for " + a.reasonEn() + ", "
              + a.fromYear() + "–" + a.toYear() + "."
              + (a.recipients().isEmpty() ? "" : " " + String.join(", ", a.recipients()))));
    }
    for (Source s : ds.sources()) {
      out.add(new Passage("source/" + s.id(), "source",
          "Nguồn: " + s.site() + ", bài \"" + s.titleVi() + "\", tác giả " + s.author() + ".",
          "Source: " + s.site() + ", article \"" + (s.titleEn() == null ? s.titleVi() : s.titleEn()) + "\", by "
              + s.author() + "."));
    }
    return out;
  }

  /** The industries' names joined with ", ": a loop, not a stream's lambdas (built at every start of ask). */
  private static String industries(Dataset ds, boolean vi) {
    StringBuilder b = new StringBuilder();
    for (Industry i : ds.industries()) {
      if (b.length() > 0) {
        b.append(", ");
      }
      b.append(vi ? i.nameVi() : i.nameEn());
    }
    return b.toString();
  }
}
