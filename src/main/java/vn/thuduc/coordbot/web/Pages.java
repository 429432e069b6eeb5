package vn.thuduc.coordbot.web;

import java.math.BigDecimal;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import vn.thuduc.coordbot.lang.Formats;
import vn.thuduc.coordbot.lang.Lang;
import vn.thuduc.coordbot.chart.ChartRenderer;
import vn.thuduc.coordbot.data.AreaStat;

/** The HTML pages: the chat ({@code /}, {@code /embed}), the dashboard and the not-found page. */
final class Pages {
  private static final DateTimeFormatter IMPORTED = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")
      .withZone(ZoneId.of("Asia/Ho_Chi_Minh"));

  private final WebText t;
  private final int adviceHours;
  private final int ticketChars;

  /**
   * {@code adviceHours}: how soon advisers usually answer, as the ticket form tells the worker;
   * {@code ticketChars}: the longest ticket question, which the form says and enforces.
   */
  Pages(WebText text, int adviceHours, int ticketChars) {
    this.t = text;
    this.adviceHours = adviceHours;
    this.ticketChars = ticketChars;
  }

  private String head(Lang lang, String title, String bodyClass, String data) {
    return "<!DOCTYPE html><html lang=\"" + lang.code() + "\"><head><meta charset=\"utf-8\">"
        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
        + "<title>" + Html.escape(title) + "</title><link rel=\"stylesheet\" href=\"/static/style.css\">"
        + "<link rel=\"icon\" href=\"data:,\"></head><body class=\"" + bodyClass + "\"" + data + ">";
  }

  private String nav(Lang lang, String here, String path) {
    Lang other = lang.other();
    StringBuilder sb = new StringBuilder("<header class=\"top\"><a class=\"brand\" href=\"/\">")
        .append(t.html(lang, "site.name")).append("</a><nav>");
    sb.append("<a href=\"/\"").append(here.equals("chat") ? " aria-current=\"page\"" : "").append(">")
        .append(t.html(lang, "nav.chat")).append("</a>");
    sb.append("<a href=\"/dashboard\"").append(here.equals("dashboard") ? " aria-current=\"page\"" : "")
        .append(">").append(t.html(lang, "nav.dashboard")).append("</a>");
    sb.append("<a class=\"lang\" id=\"lang-switch\" hreflang=\"").append(other.code()).append("\" href=\"")
        .append(path).append(path.contains("?") ? "&amp;" : "?").append("lang=").append(other.code()).append("\">")
        .append(t.html(lang, "lang.other")).append("</a></nav></header>");
    return sb.toString();
  }

  /**
   * The chat page; {@code session} (non-null: the page is for another site's iframe) drops the header
   * and gives the script the session id it sends back instead of a cookie.
   */
  String chat(Lang lang, String session) {
    return chat(lang, session, "");
  }

  /** The chat page with {@code log} (list items: a question and its answer, or a note) already shown. */
  String chat(Lang lang, String session, String log) {
    boolean embedded = session != null;
    String data = " data-lang=\"" + lang.code() + "\" data-thinking=\"" + t.html(lang, "chat.thinking")
        + "\" data-error=\"" + t.html(lang, "chat.error") + "\" data-you=\"" + t.html(lang, "chat.you")
        + "\" data-bot=\"" + t.html(lang, "chat.bot") + "\" data-up=\"" + t.html(lang, "feedback.up")
        + "\" data-down=\"" + t.html(lang, "feedback.down") + "\" data-thanks=\"" + t.html(lang, "feedback.thanks")
        + "\" data-up-short=\"" + t.html(lang, "feedback.up.short") + "\" data-down-short=\""
        + t.html(lang, "feedback.down.short") + "\"" + (embedded ? " data-session=\"" + Html.escape(session) + "\"" : "");
    StringBuilder sb = new StringBuilder(head(lang, t.get(lang, "chat.title"), embedded ? "chat embed" : "chat", data));
    if (!embedded) {
      sb.append(nav(lang, "chat", "/"));
    }
    sb.append("<main class=\"chat-main\"><h1>").append(t.html(lang, "chat.title")).append("</h1>")
        .append("<p class=\"intro\">").append(t.html(lang, "chat.intro")).append("</p>")
        .append(adviceSection(lang))
        .append("<ol id=\"log\" class=\"log\" aria-live=\"polite\">").append(log).append("</ol>")
        .append("<section class=\"suggestions\" aria-label=\"").append(t.html(lang, "chat.suggestions")).append("\">")
        .append("<h2>").append(t.html(lang, "chat.suggestions")).append("</h2><div class=\"choices\">");
    for (int i = 1; i <= 5; i++) {
      String q = t.html(lang, "suggest." + i);
      sb.append("<button type=\"button\" class=\"suggestion\" data-q=\"").append(q).append("\">").append(q)
          .append("</button>");
    }
    sb.append("</div></section>")
        .append("<form id=\"ask\" class=\"ask\" method=\"post\" action=\"/api/ask\" autocomplete=\"off\">")
        .append("<label for=\"q\" class=\"sr\">").append(t.html(lang, "chat.label")).append("</label>")
        .append("<textarea id=\"q\" name=\"question\" rows=\"2\" maxlength=\"2000\" required placeholder=\"")
        .append(t.html(lang, "chat.placeholder")).append("\"></textarea>")
        .append("<button type=\"submit\" id=\"send\">").append(t.html(lang, "chat.send")).append("</button>")
        .append("</form><button type=\"button\" id=\"new\" class=\"link\">").append(t.html(lang, "chat.new"))
        .append("</button></main><script src=\"/static/chat.js\"></script></body></html>");
    return sb.toString();
  }

  /**
   * The session's legal-advice tickets (filled and shown by chat.js when there are any), with the
   * texts the script needs for the ticket form and the tickets as data attributes.
   */
  private String adviceSection(Lang lang) {
    StringBuilder sb = new StringBuilder("<section id=\"advice\" class=\"advice\" hidden aria-labelledby=\"advice-h\"");
    for (String key : new String[] {"button", "form.title", "form.label", "form.send", "form.cancel", "followup.send",
        "close", "vote.question", "vote.up", "vote.down", "waiting", "you", "adviser", "refresh"}) {
      sb.append(" data-").append(key.replace('.', '-')).append("=\"").append(t.html(lang, "advice." + key))
          .append('"');
    }
    sb.append(" data-form-hint=\"").append(t.html(lang, "advice.form.hint", adviceHours)).append(' ')
        .append(t.html(lang, "advice.form.limit", ticketChars)).append('"');
    sb.append(" data-max=\"").append(ticketChars).append('"');
    sb.append(" data-followup-label=\"").append(t.html(lang, "advice.followup.label", "{0}")).append("\">")
        .append("<h2 id=\"advice-h\">").append(t.html(lang, "advice.title")).append("</h2>")
        .append("<ol id=\"tickets\" class=\"tickets\"></ol><button type=\"button\" id=\"advice-refresh\""
            + " class=\"link\">").append(t.html(lang, "advice.refresh")).append("</button></section>");
    return sb.toString();
  }

  /** The dashboard of {@code table}, or a page saying there are no figures; {@code notice} (or null) above it. */
  String dashboard(Lang lang, ZoneTable table, String notice) {
    StringBuilder sb = new StringBuilder(head(lang, t.get(lang, "dash.title"), "dashboard", ""));
    String self = "/dashboard" + (table == null ? "" : "?asof=" + table.asOf());
    sb.append(nav(lang, "dashboard", self)).append("<main class=\"dash-main\"><h1>")
        .append(t.html(lang, "dash.title")).append("</h1>");
    if (table == null) {
      sb.append("<p>").append(t.html(lang, "dash.none")).append("</p></main></body></html>");
      return sb.toString();
    }
    if (notice != null) {
      sb.append("<p class=\"notice\" id=\"notice\" role=\"alert\">").append(Html.escape(notice)).append("</p>");
    }
    sb.append("<p class=\"asof\" id=\"asof\">").append(table.mixed() ? t.html(lang, "dash.date.latest")
        : t.html(lang, "dash.asof", Formats.date(table.asOf(), lang))).append("</p>");
    dateNotes(sb, lang, table);
    if (table.dates().size() > 1) {
      sb.append("<form class=\"dates\" method=\"get\" action=\"/dashboard\"><label for=\"asof-select\">")
          .append(t.html(lang, "dash.date")).append("</label> <select id=\"asof-select\" name=\"asof\">");
      sb.append("<option value=\"\"").append(table.mixed() ? " selected" : "").append(">")
          .append(t.html(lang, "dash.date.latest")).append("</option>");
      for (var d : table.dates()) {
        sb.append("<option value=\"").append(d).append("\"").append(!table.mixed() && d.equals(table.asOf())
            ? " selected" : "")
            .append(">").append(Html.escape(Formats.date(d, lang))).append("</option>");
      }
      sb.append("</select> <input type=\"hidden\" name=\"lang\" value=\"").append(lang.code())
          .append("\"><button type=\"submit\">").append(t.html(lang, "dash.show")).append("</button></form>");
    }
    String area = table.area().map(a -> lang.pick(a.areaVi(), a.areaEn())).orElse("");
    List<String[]> cols = List.of(new String[] {"dash.zone", "text"}, new String[] {"dash.enterprises", "num"},
        new String[] {"dash.workers", "num"}, new String[] {"dash.per", "num"}, new String[] {"dash.share.e", "num"},
        new String[] {"dash.share.w", "num"});
    sb.append("<p class=\"hint sort-hint\">").append(t.html(lang, "dash.sort")).append("</p>");
    sortPicker(sb, lang, cols);
    sb.append("<div class=\"table-wrap\"><table id=\"zones\" class=\"zones\"><thead><tr>");
    int i = 0;
    for (String[] c : cols) {
      sb.append("<th scope=\"col\" data-type=\"").append(c[1]).append("\" data-col=\"").append(i++)
          .append("\" aria-sort=\"none\"><button type=\"button\" class=\"sort\">").append(t.html(lang, c[0]))
          .append("</button></th>");
    }
    sb.append("</tr></thead><tbody>");
    String[] label = cols.stream().map(c -> t.html(lang, c[0])).toArray(String[]::new);
    for (ZoneTable.Row r : table.rows()) {
      sb.append("<tr data-zone=\"").append(Html.escape(r.zoneId())).append("\">")
          .append(cell("th", r.shortName(lang), r.shortName(lang)
              + (table.mixed() ? " (" + Formats.date(r.asOf(), lang) + ")" : ""), label[0]))
          .append(cell("td", Long.toString(r.enterprises()), Formats.number(r.enterprises(), lang), label[1]))
          .append(cell("td", Long.toString(r.workers()), Formats.number(r.workers(), lang), label[2]))
          .append(cell("td", plain(r.perEnterprise()), r.perEnterprise() == null ? "—"
              : Formats.decimal(r.perEnterprise(), 2, lang), label[3]))
          .append(cell("td", plain(r.enterpriseShare()), pct(r.enterpriseShare(), lang), label[4]))
          .append(cell("td", plain(r.workerShare()), pct(r.workerShare(), lang), label[5]))
          .append("</tr>");
    }
    BigDecimal perTotal = table.perEnterprise();
    sb.append("</tbody><tfoot><tr class=\"total\">")
        .append("<th scope=\"row\">").append(t.html(lang, "dash.total")).append("</th>")
        .append(total(label[1], Formats.number(table.enterprises(), lang)))
        .append(total(label[2], Formats.number(table.workers(), lang)))
        .append(total(label[3], perTotal == null ? "—" : Formats.decimal(perTotal, 2, lang)))
        .append(table.rows().stream().anyMatch(r -> r.workerShare() == null)
            ? total(label[4], "—") + total(label[5], "—") : total(label[4], "100%") + total(label[5], "100%"))
        .append("</tr></tfoot></table></div>");
    if (table.area().isPresent()) {
      AreaStat a = table.area().get();
      sb.append("<p class=\"area\" id=\"area\">")
          .append(t.html(lang, "dash.area.e", area)).append(": <strong>")
          .append(Html.escape(a.enterpriseSharePct() == null ? "—" : Formats.percent(a.enterpriseSharePct(), 2, lang)))
          .append("</strong> · ").append(t.html(lang, "dash.area.w", area)).append(": <strong>")
          .append(Html.escape(a.workerSharePct() == null ? "—" : Formats.percent(a.workerSharePct(), 2, lang)))
          .append("</strong></p>");
    }
    sb.append("<p class=\"actions\"><a id=\"csv\" class=\"button\" href=\"/api/stats.csv?lang=").append(lang.code())
        .append("\" download>").append(t.html(lang, "dash.csv")).append("</a></p>")
        .append("<figure class=\"chart\"><img id=\"chart\" src=\"/api/chart.png?lang=").append(lang.code())
        .append(table.mixed() ? "" : "&amp;asof=" + table.asOf()).append("\" alt=\"")
        .append(t.html(lang, "dash.chart")).append("\" width=\"").append(ChartRenderer.WIDTH)
        .append("\"></figure>");
    if (table.dates().size() > 1) {
      sb.append("<figure class=\"chart\"><img id=\"time-chart\" src=\"/api/chart.png?lang=").append(lang.code())
          .append("&amp;series=time\" alt=\"").append(t.html(lang, "dash.time")).append("\" width=\"")
          .append(ChartRenderer.WIDTH).append("\"></figure>");
    }
    sb
        .append("<p class=\"source\" id=\"source\">").append(t.html(lang, "dash.source", String.join(", ", table.sources())))
        .append("</p><p class=\"version\" id=\"version\">")
        .append(t.html(lang, "dash.version", table.version(), IMPORTED.format(table.importedAt())))
        .append("</p></main><script src=\"/static/dashboard.js\"></script></body></html>");
    return sb.toString();
  }

  /** What the table's one date leaves out: zones with other dates (mixed) or without figures at it. */
  private void dateNotes(StringBuilder sb, Lang lang, ZoneTable table) {
    if (table.mixed()) {
      sb.append("<p class=\"hint\" id=\"dates-note\">").append(table.totalAsOf() == null
          ? t.html(lang, "dash.mixed.nototal") : t.html(lang, "dash.mixed", Formats.date(table.totalAsOf(), lang)))
          .append("</p>");
    } else if (!table.absent().isEmpty()) {
      sb.append("<p class=\"hint\" id=\"dates-note\">").append(t.html(lang, "dash.absent", String.join(", ",
          table.absent().stream().map(z -> lang.pick(z.shortVi(), z.shortEn())).toList()))).append("</p>");
    }
  }

  /** A question and its answer ({@code answerHtml}, built and escaped) as the script shows them. */
  String exchange(Lang lang, String question, String answerHtml) {
    return "<li class=\"msg user\"><span class=\"who\">" + t.html(lang, "chat.you") + "</span><p>"
        + Html.escape(question) + "</p></li><li class=\"msg bot\"><span class=\"who\">" + t.html(lang, "chat.bot")
        + "</span><div>" + answerHtml + "</div></li>";
  }

  /** A message from the bot that is not an answer (an error), already escaped. */
  static String note(String escaped) {
    return "<li class=\"msg bot\"><p class=\"note\">" + escaped + "</p></li>";
  }

  /** The page for an unknown path. */
  String notFound(Lang lang) {
    return head(lang, t.get(lang, "not_found.title"), "notfound", "") + "<main><h1>"
        + t.html(lang, "not_found.title") + "</h1><p>" + t.html(lang, "error.not_found") + "</p><p><a href=\"/\">"
        + t.html(lang, "not_found.back") + "</a></p></main></body></html>";
  }

  /**
   * On a phone the zones are cards without column headings: one select sorts them instead of a chip
   * per column (six rows of them at 360 px). Hidden until the page's script shows it, since only the
   * script can sort.
   */
  private void sortPicker(StringBuilder sb, Lang lang, List<String[]> cols) {
    sb.append("<p class=\"sort-pick\" hidden><label for=\"sort-select\">").append(t.html(lang, "dash.sort.by"))
        .append("</label> <select id=\"sort-select\"><option value=\"\">—</option>");
    for (int i = 0; i < cols.size(); i++) {
      String name = t.html(lang, cols.get(i)[0]);
      // the natural order first: names A→Z, figures largest first
      String[] dirs = cols.get(i)[1].equals("num") ? new String[] {"descending", "ascending"}
          : new String[] {"ascending", "descending"};
      for (String d : dirs) {
        sb.append("<option value=\"").append(i).append(':').append(d).append("\">").append(name)
            .append(d.equals("ascending") ? " ▲" : " ▼").append("</option>");
      }
    }
    sb.append("</select></p>");
  }

  /** A cell with its sort value and (for the cards a phone shows instead of columns) its column's name. */
  private static String cell(String tag, String sortValue, String shown, String label) {
    return "<" + tag + (tag.equals("th") ? " scope=\"row\"" : "") + " data-v=\"" + Html.escape(sortValue)
        + "\" data-label=\"" + label + "\">" + Html.escape(shown) + "</" + tag + ">";
  }

  private static String total(String label, String shown) {
    return "<td data-label=\"" + label + "\">" + Html.escape(shown) + "</td>";
  }

  private static String plain(BigDecimal d) {
    return d == null ? "" : d.toPlainString();
  }

  private static String pct(BigDecimal d, Lang lang) {
    return d == null ? "—" : Formats.percent(d, 2, lang);
  }
}
