package vn.thuduc.coordbot.answer;

import vn.thuduc.coordbot.lang.Lang;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ZonesNamedTest {
  @Test
  void readsTheZoneANameOrAQuestionNamesWithTheQueryParser() {
    assertThat(Fixtures.ENGINE.zonesNamed("linh trung 2", Lang.VI)).containsExactly("linh-trung-2");
    assertThat(Fixtures.ENGINE.zonesNamed("kcx linh trung 2", Lang.VI)).containsExactly("linh-trung-2");
    assertThat(Fixtures.ENGINE.zonesNamed("Khu Công nghệ cao có bao nhiêu lao động?", Lang.VI))
        .containsExactly("shtp");
  }

  @Test
  void aKindNamesAllItsZonesAndAnUnknownZoneNamesNone() {
    assertThat(Fixtures.ENGINE.zonesNamed("hai khu chế xuất", Lang.VI)).hasSize(2);
    assertThat(Fixtures.ENGINE.zonesNamed("KCN Tân Bình", Lang.VI)).isEmpty();
    assertThat(Fixtures.ENGINE.zonesNamed("giá vàng hôm nay", Lang.VI)).isEmpty();
  }
}
