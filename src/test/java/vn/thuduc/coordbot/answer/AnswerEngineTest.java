package vn.thuduc.coordbot.answer;

import vn.thuduc.coordbot.lang.Lang;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.thuduc.coordbot.text.Fold;

/** End to end over the real dataset: question in, answer out. */
class AnswerEngineTest {
  private static final String[] ZONE_FIGURES = {"38.807", "25.312", "8.127", "1.448", "53.000", "126.694",
      "38,807", "25,312", "8,127", "1,448", "53,000", "126,694"};

  private static Answer ask(String q) {
    return Fixtures.ENGINE.answer(Question.of(q));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "KCX Linh Trung có bao nhiêu lao động?|38.807",
      "kcx linh trung bn lao dong|38.807",
      "KCX LINH TRUNG CÓ BAO NHIÊU LAO ĐỘNG|38.807",
      "khu che xuat linh trunq co bao nhieu lao dong|38.807",
      "Linh Trung II có bao nhiêu doanh nghiệp|30 doanh nghiệp",
      "SHTP có bao nhiêu người lao động?|53.000",
      "How many workers are in Linh Trung EPZ?|38,807",
      "How many companies are in Cat Lai?|97 enterprises",
      "binh chieu co may doanh nghiep|8 doanh nghiệp",
      "Tổng số lao động trong 5 khu|126.694",
      "Tổng số doanh nghiệp trong các khu ở TP Thủ Đức là bao nhiêu?|328",
      "Hai khu chế xuất có tổng cộng bao nhiêu lao động?|64.119",
      "both industrial parks workers total|9,575",
      "Các khu chiếm bao nhiêu phần trăm lao động của TP Thủ Đức?|51,21%",
      "What share of Thu Duc's enterprises are in the zones?|0.64%",
      "Khu Công nghệ cao chiếm bao nhiêu phần trăm số lao động của 5 khu?|41,83%",
      "Trung bình mỗi doanh nghiệp ở KCX Linh Trung 2 có bao nhiêu lao động?|843,73",
      "Which zone has the fewest workers?|Binh Chieu IP, with 1,448",
      "Khu nào có nhiều lao động nhất?|Khu Công nghệ cao với 53.000",
      "Linh Trung hơn Linh Trung 2 bao nhiêu lao động|13.495",
      "TP Thủ Đức có bao nhiêu khu công nghiệp và khu chế xuất?|2 khu công nghiệp",
      "Hội nghị sơ kết diễn ra khi nào?|08/03/2024",
      "Quy chế phối hợp mới được ký cho giai đoạn nào?|2024–2025",
      "Hội nghị sơ kết đánh giá giai đoạn nào?|2017–2023",
      "Ai là Trưởng Ban Dân vận Thành ủy Thủ Đức?|Cao Văn Minh",
      "Who is Nguyen Nghia Hiep?|Hi-Tech Park",
      "Bao nhiêu tập thể và cá nhân được khen thưởng?|20 tập thể và 6 cá nhân",
      "Giấy khen do ai trao?|Ban Chấp hành Đảng bộ TP Thủ Đức",
      "Tôi muốn được tư vấn pháp luật lao động miễn phí|tư vấn pháp luật miễn phí",
      "Is there free legal advice for workers?|free legal consultation",
      "Tác giả bài viết là ai?|Đình Quân",
      "What industries are in the zones?|electronics",
  })
  void answersFromTheData(String question, String expected) {
    Answer a = ask(question);
    assertThat(a.answered()).as(a.text()).isTrue();
    assertThat(a.text()).contains(expected);
  }

  @Test
  void statisticsNameTheSourceAndTheDate() {
    Answer a = ask("KCN Bình Chiểu bao nhiêu lao động");
    assertThat(a.text()).contains("Thanhuytphcm.vn").contains("08/03/2024");
    assertThat(a.sources()).singleElement().asString().contains("Thanhuytphcm.vn");
  }

  @Test
  void answersInEnglishWithEnglishNumbers() {
    Answer a = ask("How many workers are in the Saigon Hi-Tech Park?");
    assertThat(a.lang()).isEqualTo(Lang.EN);
    assertThat(a.text()).contains("53,000").contains("figures as of March 8, 2024");
  }

  @Test
  void aZoneThatIsNotInTheDataGetsNoOtherZonesFigures() {
    for (String q : new String[] {"KCN Tân Bình có bao nhiêu lao động?", "Linh Trung 3 có bao nhiêu lao động?",
        "Khu công nghệ cao Hòa Lạc có bao nhiêu doanh nghiệp", "Khu chế xuất Tân Thuận có bao nhiêu doanh nghiệp?",
        "How many workers are in Tan Thuan EPZ?"}) {
      Answer a = ask(q);
      assertThat(a.answered()).as(q).isFalse();
      assertThat(a.intent()).as(q).isEqualTo("zone_not_found");
      assertThat(a.text()).as(q).doesNotContain(ZONE_FIGURES).contains("Linh Trung");
    }
  }

  @Test
  void saysTheSourceDoesNotNameTheAwardRecipients() {
    Answer a = ask("Ai được tặng giấy khen?");
    assertThat(Fold.fold(a.text())).contains("20 tap the").contains("6 ca nhan")
        .contains("khong neu ten");
  }

  @Test
  void unrelatedQuestionsAreNotAnsweredButGetExamples() {
    for (String q : new String[] {"Giá vàng hôm nay bao nhiêu?", "What's the weather in Hanoi?", "?????",
        "'; DROP TABLE zones; --", "Ai là chủ tịch nước?"}) {
      Answer a = ask(q);
      assertThat(a.answered()).as(q).isFalse();
      assertThat(a.text()).as(q).doesNotContain(ZONE_FIGURES).isNotBlank();
    }
    assertThat(ask("thời tiết hôm nay").text()).contains("Ví dụ");
  }

  @Test
  void hostileInputGetsAPoliteAnswerAndNeverAnException() {
    Random r = new Random(42);
    Set<String> fixed = Set.of("", " ", "\n\t", "\u0000\u0001\u0002", "lao động AND ( OR * ~ \"",
        "<script>alert(1)</script>", "a".repeat(100_000), "🙂🙂🙂 KCX 🙂", "\u202Eabc\u202C",
        "l\u0301\u0301\u0301ao \u0300\u0300 đ\u0323ộng", "title:foo^3 [a TO z] {x TO y} /re.*/ +a -b && ||");
    for (String q : fixed) {
      Answer a = ask(q);
      assertThat(a.text()).isNotBlank();
      assertThat(a.intent()).isNotEqualTo("error");
    }
    for (int i = 0; i < 500; i++) {
      StringBuilder sb = new StringBuilder();
      int n = r.nextInt(60);
      for (int j = 0; j < n; j++) {
        String alphabet = "abcđêơư KCX?*()\"";
        sb.appendCodePoint(r.nextInt(4) == 0 ? r.nextInt(0x2FFFF) : alphabet.charAt(r.nextInt(alphabet.length())));
      }
      Answer a = ask(sb.toString());
      assertThat(a.text()).isNotBlank();
      assertThat(a.intent()).isNotEqualTo("error");
    }
  }

  @Test
  void topicsAnswerWithoutText() {
    Answer stats = Fixtures.ENGINE.topic(Topic.STATS, Lang.VI);
    assertThat(stats.text()).contains("328").contains("126.694").contains("51,21%");
    assertThat(stats.chart()).isPresent();
    assertThat(stats.chart().get().categories()).hasSize(5);
    assertThat(Fixtures.ENGINE.topic(Topic.ABOUT, Lang.EN).text()).contains("version 1").contains("Đình Quân");
    assertThat(Fixtures.ENGINE.zoneCard("linh-trung-2", Lang.VI).text()).contains("25.312");
    assertThat(Fixtures.ENGINE.zoneCard("nope", Lang.VI).answered()).isFalse();
    assertThat(Fixtures.ENGINE.zones(Lang.EN)).extracting(ZoneLabel::id)
        .containsExactly("cat-lai", "shtp", "linh-trung-1", "linh-trung-2", "binh-chieu");
  }

  @Test
  void searchFindsPassagesAndSaysWhenNothingMatches() {
    assertThat(Fixtures.ENGINE.search("đình công", Lang.VI).text()).contains("đình công");
    assertThat(Fixtures.ENGINE.search("xyzzy", Lang.VI).answered()).isFalse();
  }
}
