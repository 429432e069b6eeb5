package vn.thuduc.coordbot.zalo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.thuduc.coordbot.bench.FakeZaloApi;
import vn.thuduc.coordbot.config.Settings;
import vn.thuduc.coordbot.config.ZaloSettings;
import vn.thuduc.coordbot.credentials.TokenVault;
import vn.thuduc.coordbot.identity.Channel;
import vn.thuduc.coordbot.metrics.Metrics;
import vn.thuduc.coordbot.store.Database;

/** The access token against the fake Zalo API: refreshed once, stored before use, refusals alerted once. */
class ZaloTokensTest {
  @TempDir
  Path dir;

  @Test
  void theSingleUseRefreshTokenIsStoredSoARestartUsesTheNewOne() throws Exception {
    try (FakeZaloApi api = new FakeZaloApi(); Metrics metrics = new Metrics()) {
      try (Database db = Database.open(dir)) {
        ZaloTokens tokens = tokens(db, api, metrics);
        String first = tokens.access();
        assertThat(tokens.access()).isEqualTo(first);
        assertThat(api.refreshes()).isEqualTo(1);
        api.expireAccessToken();
        String second = tokens.refreshAfter(first);
        assertThat(second).isNotEqualTo(first);
        assertThat(tokens.refreshAfter(first)).as("a second sender holding the old token").isEqualTo(second);
        assertThat(api.refreshes()).isEqualTo(2);
      }
      try (Database db = Database.open(dir)) {
        ZaloTokens again = tokens(db, api, metrics);
        api.expireAccessToken();
        String rejected = again.access();
        assertThat(again.refreshAfter(rejected)).isNotEmpty(); // the stored refresh token, not the spent first one
        assertThat(api.refreshes()).isEqualTo(3);
        assertThat(again.healthy()).isTrue();
      }
    }
  }

  @Test
  void aRefusedRefreshTokenIsReportedOnceAndNotTriedAgain() throws Exception {
    try (FakeZaloApi api = new FakeZaloApi(); Metrics metrics = new Metrics(); Database db = Database.open(dir)) {
      ZaloTokens tokens = tokens(db, api, metrics);
      api.refuseRefresh();
      assertThatThrownBy(tokens::access).isInstanceOfSatisfying(ZaloException.class,
          e -> assertThat(e.kind()).isEqualTo(ZaloException.Kind.INVALID_GRANT));
      assertThatThrownBy(tokens::access).isInstanceOf(ZaloException.class);
      tokens.refreshIfDue();
      assertThat(tokens.healthy()).isFalse();
      assertThat(api.refusedCodes()).containsExactly("invalid_grant");
      assertThat(metrics.scrape()).contains("coordbot_zalo_token_refused 1.0");
    }
  }

  private static ZaloTokens tokens(Database db, FakeZaloApi api, Metrics metrics) {
    ZaloSettings s = Settings.of(Map.of("ZALO_APP_ID", FakeZaloApi.APP_ID, "ZALO_OA_SECRET", FakeZaloApi.OA_SECRET,
        "ZALO_APP_SECRET", FakeZaloApi.APP_SECRET, "ZALO_REFRESH_TOKEN", FakeZaloApi.FIRST_REFRESH, "ZALO_API_URL",
        api.url(), "ZALO_OAUTH_URL", api.url())).zalo().orElseThrow();
    ZaloApi zalo = new ZaloApi(URI.create(api.url()), URI.create(api.url()), HttpClient.newHttpClient(),
        new ObjectMapper(), Duration.ofSeconds(5));
    return new ZaloTokens(new TokenVault(db, Channel.ZALO, Clock.systemUTC(), s.refreshToken()), zalo, s,
        Clock.systemUTC(), metrics);
  }
}
