package vn.thuduc.coordbot.records;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.thuduc.coordbot.text.Fold;

/**
 * What every reader's output goes through: NFC and one space between words; a news page's tail
 * (readers' comments, other news, notices) cut off at its first marker; the date line, the title and a
 * closing author line set apart from the body.
 */
final class Tidy {
  /** Blocks that start a page's tail: nothing from here on is the article. */
  private static final List<String> TAIL = List.of("y kien ban doc", "tin khac", "tin lien quan", "binh luan",
      "tong luot binh luan", "gui binh luan", "thong bao", "cac tin khac", "tin cung chuyen muc", "xem them");
  private static final Pattern DATE_LINE = Pattern.compile(
      "(?iu)^(?:(?:thứ\\s+\\S+|chủ\\s+nhật)\\s*,?\\s*)?(?:ngày\\s+)?\\d{1,2}(?:/|\\s+tháng\\s+)\\d{1,2}"
          + "(?:/|\\s+năm\\s+)\\d{4}.{0,20}$");
  private static final Pattern NAME = Pattern.compile("^(?:\\p{Lu}\\p{L}*)(?:\\s+\\p{Lu}\\p{L}*){1,4}$");
  private static final Pattern SITE = Pattern.compile("^\\(([\\p{L}0-9-]+(?:\\.[\\p{L}0-9-]+)+)\\)");

  private Tidy() {}

  static RecordText tidy(RecordText raw) {
    List<Block> blocks = new ArrayList<>();
    for (Block b : raw.blocks()) {
      String t = clean(b.text());
      if (t.isEmpty()) {
        continue;
      }
      if (isTail(t)) {
        break;
      }
      blocks.add(new Block(t, clean(b.heading()), b.page()));
    }
    String dateLine = clean(raw.dateLine());
    for (int i = 0; i < Math.min(3, blocks.size()); i++) {
      if (DATE_LINE.matcher(blocks.get(i).text()).matches()) {
        if (dateLine.isEmpty()) {
          dateLine = blocks.get(i).text();
        }
        blocks.remove(i);
        break;
      }
    }
    String title = clean(raw.title());
    if (!title.isEmpty()) {
      for (int i = 0; i < Math.min(3, blocks.size()); i++) {
        if (blocks.get(i).text().equals(title)) {
          blocks.remove(i);
          break;
        }
      }
    } else if (!blocks.isEmpty() && blocks.size() > 1 && looksLikeTitle(blocks.get(0).text())) {
      title = blocks.remove(0).text();
    }
    String author = clean(raw.author());
    if (author.isEmpty() && blocks.size() > 1) {
      String last = blocks.get(blocks.size() - 1).text();
      if (last.length() <= 40 && NAME.matcher(last).matches()) {
        author = last;
        blocks.remove(blocks.size() - 1);
      }
    }
    String site = clean(raw.site());
    if (site.isEmpty()) {
      for (Block b : blocks.subList(0, Math.min(3, blocks.size()))) {
        Matcher m = SITE.matcher(b.text());
        if (m.find()) {
          site = m.group(1);
          break;
        }
      }
    }
    return new RecordText(blocks, title, dateLine, author, site, raw.pages());
  }

  private static boolean looksLikeTitle(String t) {
    return t.length() <= 250 && !t.endsWith(".") && !t.endsWith("…") && !t.endsWith(":");
  }

  private static boolean isTail(String t) {
    if (t.length() > 60) {
      return false;
    }
    String f = Fold.fold(t).replaceAll("[^a-z0-9 ]", " ").replaceAll("\\s+", " ").trim();
    return TAIL.stream().anyMatch(m -> f.equals(m) || f.startsWith(m + " ") && f.length() < m.length() + 12);
  }

  /** NFC, no control characters, one space for any run of white space (no-break spaces too). */
  static String clean(String s) {
    if (s == null) {
      return "";
    }
    String n = Normalizer.normalize(s, Normalizer.Form.NFC);
    return n.replaceAll("[\\p{Cc}\\p{Zs}\\u200B\\uFEFF]+", " ").trim();
  }
}
