package vn.thuduc.coordbot.records;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * A saved news page: jsoup finds the article body (the element marked as one, else the element with
 * the most paragraph text) after dropping what is never the article: scripts, menus, headers, footers,
 * side bars, forms, comment and share boxes, related news.
 */
final class HtmlReader {
  private static final String NOISE = "script, style, noscript, template, iframe, nav, header, footer, aside, form,"
      + " button, [class*=comment], [id*=comment], [class*=menu], [id*=menu], [class*=related], [class*=share],"
      + " [class*=breadcrumb], [class*=sidebar], [id*=sidebar], [class*=banner], [class*=footer], [class*=header]";
  private static final String BLOCKS = "h1, h2, h3, h4, h5, p, li, blockquote, td";

  private HtmlReader() {}

  static RecordText read(String fileName, byte[] bytes) {
    Document doc = Jsoup.parse(new String(bytes, StandardCharsets.UTF_8), "");
    String title = meta(doc, "og:title");
    String site = meta(doc, "og:site_name");
    String author = meta(doc, "author");
    String date = meta(doc, "article:published_time");
    Element time = doc.selectFirst("time[datetime]");
    if (date.isEmpty() && time != null) {
      date = time.attr("datetime");
    }
    if (date.isEmpty()) {
      Element d = doc.selectFirst("[class*=date], [class*=time]");
      date = d == null ? "" : d.text();
    }
    doc.select(NOISE).remove();
    Element body = body(doc);
    if (title.isEmpty()) {
      Element h1 = doc.selectFirst("h1");
      title = h1 != null ? h1.text() : doc.title();
    }
    List<Block> blocks = new ArrayList<>();
    String heading = "";
    Elements els = body.select(BLOCKS);
    if (els.isEmpty()) {
      for (String para : body.wholeText().split("\\n\\s*\\n")) {
        blocks.add(new Block(para, "", 0));
      }
    }
    for (Element e : els) {
      if (inBlock(e, body)) {
        continue; // a paragraph inside a list item or a cell: the outer block has its text
      }
      String t = e.text();
      if (e.is("h1, h2, h3, h4, h5")) {
        if (t.equals(title)) {
          continue;
        }
        heading = t;
      }
      blocks.add(new Block(t, heading, 0));
    }
    return new RecordText(blocks, title, isoDay(date), author, site, 0);
  }

  /** The article element: one marked as such, else the one whose own paragraphs hold the most text. */
  private static Element body(Document doc) {
    Element marked = doc.selectFirst("[itemprop=articleBody], article, [class*=article-content],"
        + " [class*=detail-content], [class*=entry-content], [class*=post-content]");
    if (marked != null) {
      return marked;
    }
    Element best = doc.body();
    int most = -1;
    for (Element e : doc.select("div, section, main, td")) {
      int len = 0;
      for (Element p : e.children()) {
        if (p.is("p, h2, h3, blockquote")) {
          len += p.text().length();
        }
      }
      if (len > most) {
        most = len;
        best = e;
      }
    }
    return most > 0 ? best : doc.body();
  }

  private static boolean inBlock(Element e, Element body) {
    for (Element p = e.parent(); p != null && p != body; p = p.parent()) {
      if (p.is(BLOCKS)) {
        return true;
      }
    }
    return false;
  }

  private static String meta(Document doc, String key) {
    Element m = doc.selectFirst("meta[property=" + key + "], meta[name=" + key + "]");
    return m == null ? "" : m.attr("content").trim();
  }

  /** "2025-07-05T08:00:00+07:00" → "05/07/2025", the shape the date reader takes; other text as it is. */
  private static String isoDay(String s) {
    if (s.matches("\\d{4}-\\d{2}-\\d{2}.*")) {
      return s.substring(8, 10) + "/" + s.substring(5, 7) + "/" + s.substring(0, 4);
    }
    return s;
  }
}
