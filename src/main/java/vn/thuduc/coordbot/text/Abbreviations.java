package vn.thuduc.coordbot.text;

import java.util.List;
import java.util.Map;

/**
 * Abbreviations people type, folded, and what they stand for. Used at index and query time, so
 * "KCX" finds "khu chế xuất" and the other way round.
 */
public final class Abbreviations {
  private static final Map<String, List<String>> EXPANSIONS = Map.ofEntries(
      e("kcx", "khu che xuat"),
      e("kcn", "khu cong nghiep"),
      e("kcnc", "khu cong nghe cao"),
      e("khcn", "khoa hoc cong nghe"),
      e("cnc", "cong nghe cao"),
      e("shtp", "khu cong nghe cao"),
      e("hepza", "ban quan ly khu che xuat va cong nghiep"),
      e("bql", "ban quan ly"),
      e("dn", "doanh nghiep"),
      e("dns", "doanh nghiep"),
      e("ld", "lao dong"),
      e("nld", "nguoi lao dong"),
      e("cnld", "cong nhan lao dong"),
      e("bn", "bao nhieu"),
      e("bnhieu", "bao nhieu"),
      e("tp", "thanh pho"),
      e("tphcm", "thanh pho ho chi minh"),
      e("hcm", "ho chi minh"),
      e("hcmc", "ho chi minh city"),
      e("hdnd", "hoi dong nhan dan"),
      e("ubnd", "uy ban nhan dan"),
      e("ko", "khong"),
      e("k", "khong"),
      e("kh", "khong"),
      e("hok", "khong"),
      e("khg", "khong"),
      e("kg", "khong"),
      e("dc", "duoc"),
      e("j", "gi"),
      e("ntn", "nhu the nao"),
      e("sl", "so luong"),
      e("epz", "export processing zone"),
      e("epzs", "export processing zones"),
      e("ips", "industrial parks"),
      e("ip", "industrial park"),
      e("hitech", "hi tech"),
      e("hightech", "high tech"));

  private Abbreviations() {}

  private static Map.Entry<String, List<String>> e(String abbr, String expansion) {
    return Map.entry(abbr, List.of(expansion.split(" ")));
  }

  /** The words {@code folded} stands for, or empty when it is no abbreviation. */
  public static List<String> expand(String folded) {
    return EXPANSIONS.getOrDefault(folded, List.of());
  }

  /** Folded words with every abbreviation expanded. */
  public static List<String> expandAll(List<String> words) {
    java.util.ArrayList<String> out = new java.util.ArrayList<>(words.size() + 4);
    for (String w : words) {
      List<String> x = EXPANSIONS.get(w);
      if (x == null) {
        out.add(w);
      } else {
        out.addAll(x);
      }
    }
    return out;
  }
}
