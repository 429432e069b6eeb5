package vn.thuduc.coordbot.subscriptions;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.thuduc.coordbot.TestDatasets;
import vn.thuduc.coordbot.lang.Lang;
import vn.thuduc.coordbot.app.Coordbot;

/** Zones by name and the subscriptions of a chat, over a copy of the real dataset. */
class SubscriptionServiceTest {
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-29T08:00:00Z"), ZoneOffset.UTC);
  @TempDir Path tmp;

  @Test
  void aZoneIsFollowedByItsNameTypedAnyWayOrByItsIdAndEverythingByAWord() throws Exception {
    TestDatasets.copyInto(tmp);
    try (Coordbot app = Coordbot.open(TestDatasets.settingsIn(tmp), CLOCK)) {
      SubscriptionService s = app.features().subscriptions();
      assertThat(s.resolve("kcx linh trung 2", Lang.VI)).contains("linh-trung-2");
      assertThat(s.resolve("Khu chế xuất Linh Trung 2", Lang.VI)).contains("linh-trung-2");
      assertThat(s.resolve("linh-trung-2", Lang.VI)).contains("linh-trung-2");
      assertThat(s.resolve("tất cả", Lang.VI)).contains(SubscriptionStore.ALL);
      assertThat(s.resolve("KCN Tân Bình", Lang.VI)).isEmpty();
      assertThat(s.resolve("hai khu chế xuất", Lang.VI)).isEmpty();

      s.follow(5, "linh-trung-2", Lang.VI);
      s.follow(5, SubscriptionStore.ALL, Lang.VI);
      assertThat(s.unfollow(5, "linh trung 2", Lang.VI)).isEqualTo(1);
      assertThat(s.unfollow(5, "", Lang.VI)).isEqualTo(1);
      assertThat(s.ofChat(5)).isEmpty();
    }
  }
}
