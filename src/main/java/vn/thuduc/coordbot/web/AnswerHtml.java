package vn.thuduc.coordbot.web;

import vn.thuduc.coordbot.answer.Answer;

/**
 * An {@link Answer} as safe HTML for the chat page: its lines as paragraphs, the chart as an image
 * served by the bot, the clarifying choices as buttons. Every text is escaped.
 */
final class AnswerHtml {
  private AnswerHtml() {}

  /** The answer's HTML; {@code chartUrl} is null when there is no chart. */
  static String render(Answer a, String chartUrl, String chartAlt) {
    StringBuilder sb = new StringBuilder(a.text().length() + 128);
    sb.append("<div class=\"answer-text\">");
    for (String line : a.text().split("\n", -1)) {
      if (line.isBlank()) {
        continue;
      }
      sb.append("<p>").append(Html.escape(line)).append("</p>");
    }
    sb.append("</div>");
    if (chartUrl != null) {
      sb.append("<figure class=\"chart\"><img src=\"").append(Html.escape(chartUrl)).append("\" alt=\"")
          .append(Html.escape(chartAlt)).append("\" width=\"1000\" height=\"600\" loading=\"lazy\"></figure>");
    }
    if (!a.choices().isEmpty()) {
      sb.append("<div class=\"choices\">");
      for (String c : a.choices()) {
        sb.append("<button type=\"button\" class=\"suggestion\" data-q=\"").append(Html.escape(c)).append("\">")
            .append(Html.escape(c)).append("</button>");
      }
      sb.append("</div>");
    }
    return sb.toString();
  }
}
