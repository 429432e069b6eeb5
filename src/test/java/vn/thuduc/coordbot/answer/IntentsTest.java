package vn.thuduc.coordbot.answer;

import vn.thuduc.coordbot.lang.Lang;
import vn.thuduc.coordbot.lang.TextLanguage;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Each kind of question reaches the reading and the answer it needs (one pipeline for all of them). */
class IntentsTest {
  private static String intent(String q) {
    return Fixtures.ask(q).intent();
  }

  @Test
  void findsLinhTrungOneAndTwoApartInEveryWriting() {
    assertThat(Fixtures.ask("Khu chế xuất Linh Trung có bao nhiêu lao động").zoneIds()).containsExactly("linh-trung-1");
    assertThat(Fixtures.ask("kcx linh trung 2 bn lao dong").zoneIds()).containsExactly("linh-trung-2");
    assertThat(Fixtures.ask("KCX LINH TRUNG II").zoneIds()).containsExactly("linh-trung-2");
    assertThat(Fixtures.ask("Linh Trung I EPZ workers").zoneIds()).containsExactly("linh-trung-1");
  }

  @Test
  void findsTheHiTechParkByItsAbbreviations() {
    for (String q : new String[] {"SHTP", "KCNC", "khu cnc", "Saigon Hi-Tech Park", "khu công nghệ cao TPHCM"}) {
      assertThat(Fixtures.ask(q + " có bao nhiêu doanh nghiệp").zoneIds()).as(q).containsExactly("shtp");
    }
  }

  @Test
  void aZoneNotInTheDataIsNotFoundAsTyped() {
    assertThat(Fixtures.ask("KCN Tân Bình có bao nhiêu lao động").text()).contains("KCN Tân Bình");
    assertThat(Fixtures.ask("Khu chế xuất Tân Thuận có bao nhiêu doanh nghiệp?").answered()).isFalse();
  }

  @Test
  void detectsTheLanguage() {
    assertThat(TextLanguage.of("How many workers are in Linh Trung EPZ?")).isEqualTo(Lang.EN);
    assertThat(TextLanguage.of("binh chieu co may doanh nghiep")).isEqualTo(Lang.VI);
    assertThat(TextLanguage.of("Bình Chiểu")).isEqualTo(Lang.VI);
    assertThat(TextLanguage.sure("Binh Chieu?")).isEmpty();
  }

  @Test
  void resolvesTheIntentOfEachKindOfQuestion() {
    assertThat(intent("KCX Linh Trung có bao nhiêu lao động?")).isEqualTo("zone_metric");
    assertThat(intent("Cát Lái")).isEqualTo("zone_card");
    assertThat(intent("khu nao nhieu doanh nghiep nhat")).isEqualTo("rank");
    assertThat(intent("So sánh Linh Trung và Linh Trung 2")).isEqualTo("compare");
    assertThat(intent("Các khu chiếm bao nhiêu phần trăm lao động của TP Thủ Đức?")).isEqualTo("share");
    assertThat(intent("TP Thủ Đức có bao nhiêu khu công nghiệp?")).isEqualTo("zone_count");
    assertThat(intent("Ngành nghề của các doanh nghiệp")).isEqualTo("industries");
    assertThat(intent("Hội nghị diễn ra khi nào")).isEqualTo("meeting");
    assertThat(intent("Võ Cao Sơn giữ chức vụ gì")).isEqualTo("person");
    assertThat(intent("tu van phap luat mien phi")).isEqualTo("law");
    assertThat(intent("Ai được tặng giấy khen")).isEqualTo("awards");
    assertThat(intent("Tác giả bài viết là ai")).isEqualTo("source");
    assertThat(intent("cty e no luong 2 thang thi lam sao")).isEqualTo("advice");
    assertThat(intent("ok cam on bot")).isEqualTo("thanks");
    assertThat(intent("KCN Tân Bình có bao nhiêu lao động")).isEqualTo("zone_not_found");
    assertThat(intent("Năm 2025 có hội nghị nào không?")).isEqualTo("meeting_not_found");
    assertThat(intent("Giá vàng hôm nay bao nhiêu?")).isIn("unknown", "no_data");
  }
}
