package vn.thuduc.coordbot.telegram;

import java.util.List;
import java.util.Locale;
import vn.thuduc.coordbot.answer.Answer;
import vn.thuduc.coordbot.answer.AnswerEngine;
import vn.thuduc.coordbot.answer.ChartData;
import vn.thuduc.coordbot.lang.Lang;
import vn.thuduc.coordbot.answer.Question;
import vn.thuduc.coordbot.answer.Topic;
import vn.thuduc.coordbot.answer.ZoneLabel;

/** A canned answer engine: fixed figures from the seed, a very long answer on demand, a failure on demand. */
final class FakeEngine implements AnswerEngine {
  static final String LONG = "long answer please";
  static final String BOOM = "make the engine fail";
  volatile long version = 1;

  @Override
  public Answer answer(Question q) {
    Lang lang = q.lang().orElse(detectLanguage(q.text()));
    if (q.text().contains(BOOM)) {
      throw new IllegalStateException("engine failure on purpose");
    }
    if (q.text().contains(LONG)) {
      StringBuilder sb = new StringBuilder();
      for (int i = 0; sb.length() < 6000; i++) {
        sb.append("Dòng ").append(i).append(": KCX Linh Trung <38.807> lao động & 35 doanh nghiệp\n");
      }
      return Answer.of(sb.toString(), true, "long", List.of("test"), lang);
    }
    if (q.text().toLowerCase(Locale.ROOT).contains("linh trung")) {
      return Answer.of(lang == Lang.EN ? "Linh Trung EPZ has 38,807 workers." : "KCX Linh Trung có 38.807 lao động.",
          true, "metric", List.of("test"), lang);
    }
    return Answer.of(lang == Lang.EN ? "I do not know that." : "Tôi chưa biết điều này.", false, "unknown",
        List.of(), lang);
  }

  @Override
  public Answer topic(Topic topic, Lang lang) {
    if (topic == Topic.STATS) {
      return Answer.of("Bảng: tổng 328 doanh nghiệp, 126.694 lao động", true, "stats", List.of("test"), lang)
          .withChart(new ChartData("Doanh nghiệp và lao động theo khu", "số lượng",
              List.of("KCX Linh Trung", "KCX Linh Trung II", "KCN Bình Chiểu", "KCN Cát Lái", "Khu Công nghệ cao"),
              List.of(new ChartData.Series("Doanh nghiệp", List.of(35L, 41L, 16L, 74L, 162L)),
                  new ChartData.Series("Lao động", List.of(38807L, 25312L, 1448L, 6327L, 54800L)))));
    }
    return Answer.of((lang == Lang.EN ? "Topic " : "Chủ đề ") + topic.name().toLowerCase(Locale.ROOT), true,
        topic.name().toLowerCase(Locale.ROOT), List.of("test"), lang);
  }

  @Override
  public Answer zoneCard(String zoneId, Lang lang) {
    if (zoneId.equals("linh-trung-2")) {
      return Answer.of("KCX Linh Trung II: 41 doanh nghiệp, 25.312 lao động", true, "zone_card", List.of("test"),
          lang);
    }
    return Answer.of("Không có khu " + zoneId, false, "zone_card", List.of(), lang);
  }

  @Override
  public Answer search(String text, Lang lang) {
    return Answer.of("Kết quả cho <" + text + ">", true, "search", List.of("test"), lang);
  }

  @Override
  public List<ZoneLabel> zones(Lang lang) {
    return List.of(new ZoneLabel("linh-trung", "KCX Linh Trung"), new ZoneLabel("linh-trung-2", "KCX Linh Trung II"),
        new ZoneLabel("binh-chieu", "KCN Bình Chiểu"), new ZoneLabel("cat-lai", "KCN Cát Lái"),
        new ZoneLabel("shtp", lang == Lang.EN ? "Hi-Tech Park" : "Khu Công nghệ cao"));
  }

  @Override
  public Lang detectLanguage(String text) {
    return text.matches("(?is).*\\b(how|what|many|the|is|are)\\b.*") ? Lang.EN : Lang.VI;
  }

  @Override
  public long datasetVersion() {
    return version;
  }

  @Override
  public int documents() {
    return 42;
  }
}
