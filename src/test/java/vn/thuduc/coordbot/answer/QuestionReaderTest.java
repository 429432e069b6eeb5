package vn.thuduc.coordbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.thuduc.coordbot.data.Zone;
import vn.thuduc.coordbot.data.ZoneKind;

class QuestionReaderTest {
  private static String zones(Parsed p) {
    return String.join(",", p.zones().stream().map(Zone::id).toList());
  }

  private static String intent(String q) {
    Parsed p = Fixtures.parse(q);
    return new IntentResolver().resolve(p, Fixtures.KNOWLEDGE).name();
  }

  @Test
  void findsLinhTrungOneAndTwoApartInEveryWriting() {
    assertThat(zones(Fixtures.parse("Khu chế xuất Linh Trung có bao nhiêu lao động"))).isEqualTo("linh-trung-1");
    assertThat(zones(Fixtures.parse("kcx linh trung 2 bn lao dong"))).isEqualTo("linh-trung-2");
    assertThat(zones(Fixtures.parse("KCX LINH TRUNG II"))).isEqualTo("linh-trung-2");
    assertThat(zones(Fixtures.parse("Linh Trung I EPZ workers"))).isEqualTo("linh-trung-1");
  }

  @Test
  void findsTheHiTechParkByItsAbbreviations() {
    for (String q : new String[] {"SHTP", "KCNC", "khu cnc", "Saigon Hi-Tech Park", "khu công nghệ cao TPHCM"}) {
      assertThat(zones(Fixtures.parse(q + " có bao nhiêu doanh nghiệp"))).as(q).isEqualTo("shtp");
    }
  }

  @Test
  void correctsOneLetterTyposInZoneNames() {
    assertThat(zones(Fixtures.parse("khu che xuat linh trunq"))).isEqualTo("linh-trung-1");
    assertThat(zones(Fixtures.parse("kcn binh chiue"))).isEqualTo("binh-chieu");
  }

  @Test
  void aZoneNotInTheDataIsReportedAsTyped() {
    assertThat(Fixtures.parse("KCN Tân Bình có bao nhiêu lao động").unknownZone()).contains("KCN Tân Bình");
    assertThat(Fixtures.parse("Linh Trung 3 có bao nhiêu lao động?").unknownZone()).contains("Linh Trung 3");
    assertThat(Fixtures.parse("Khu công nghệ cao Hòa Lạc").unknownZone()).contains("Khu công nghệ cao Hòa Lạc");
    assertThat(Fixtures.parse("Tan Thuan EPZ workers").unknownZone()).contains("Tan Thuan EPZ");
    assertThat(Fixtures.parse("Khu chế xuất Linh Trung có bao nhiêu lao động").unknownZone()).isEmpty();
    assertThat(Fixtures.parse("Khu Công nghệ cao TPHCM có bao nhiêu doanh nghiệp").unknownZone()).isEmpty();
  }

  @Test
  void readsMetricsAndGroups() {
    Parsed p = Fixtures.parse("Hai khu chế xuất có tổng cộng bao nhiêu lao động?");
    assertThat(p.metrics()).containsExactly(Metric.WORKERS);
    assertThat(p.group()).contains(ZoneGroup.of(ZoneKind.EPZ));
    assertThat(Fixtures.parse("both industrial parks").group()).contains(ZoneGroup.of(ZoneKind.IP));
    assertThat(Fixtures.parse("Tổng số lao động trong 5 khu").group()).contains(ZoneGroup.ALL);
  }

  @Test
  void findsPeopleAndTitleHolders() {
    assertThat(Fixtures.parse("Nguyen Phuoc Hung la ai").people()).extracting(p -> p.id())
        .containsExactly("nguyen-phuoc-hung");
    assertThat(Fixtures.parse("Ai là Trưởng Ban Dân vận Thành ủy Thủ Đức?").titleHolders()).extracting(p -> p.id())
        .containsExactly("cao-van-minh");
  }

  @Test
  void detectsTheLanguage() {
    assertThat(Fixtures.parse("How many workers are in Linh Trung EPZ?").lang()).isEqualTo(Lang.EN);
    assertThat(Fixtures.parse("binh chieu co may doanh nghiep").lang()).isEqualTo(Lang.VI);
    assertThat(Fixtures.parse("Bình Chiểu").lang()).isEqualTo(Lang.VI);
  }

  @Test
  void resolvesTheIntentOfEachKindOfQuestion() {
    assertThat(intent("KCX Linh Trung có bao nhiêu lao động?")).isEqualTo("zone_metric");
    assertThat(intent("Cát Lái")).isEqualTo("zone_card");
    assertThat(intent("khu nao nhieu doanh nghiep nhat")).isEqualTo("rank");
    assertThat(intent("So sánh Linh Trung và Linh Trung 2")).isEqualTo("compare");
    assertThat(intent("chênh lệch lao động giữa Cát Lái và Bình Chiểu")).isEqualTo("difference");
    assertThat(intent("Trung bình mỗi doanh nghiệp ở SHTP có bao nhiêu lao động")).isEqualTo("average");
    assertThat(intent("Các khu chiếm bao nhiêu phần trăm lao động của TP Thủ Đức?")).isEqualTo("share");
    assertThat(intent("SHTP chiếm bao nhiêu phần trăm lao động của 5 khu")).isEqualTo("zone_share");
    assertThat(intent("TP Thủ Đức có bao nhiêu khu công nghiệp?")).isEqualTo("zone_count");
    assertThat(intent("Hai khu chế xuất có tổng cộng bao nhiêu lao động?")).isEqualTo("total");
    assertThat(intent("Ngành nghề của các doanh nghiệp")).isEqualTo("industries");
    assertThat(intent("Hội nghị diễn ra khi nào")).isEqualTo("meeting");
    assertThat(intent("Võ Cao Sơn giữ chức vụ gì")).isEqualTo("person");
    assertThat(intent("tu van phap luat mien phi")).isEqualTo("law");
    assertThat(intent("Ai được tặng giấy khen")).isEqualTo("awards");
    assertThat(intent("Tác giả bài viết là ai")).isEqualTo("source");
    assertThat(intent("KCN Tân Bình có bao nhiêu lao động")).isEqualTo("zone_not_found");
    assertThat(intent("Giá vàng hôm nay bao nhiêu?")).isEqualTo("unknown");
  }
}
