package vn.thuduc.coordbot.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ZaloSettingsTest {
  private static Map<String, String> full() {
    return new HashMap<>(Map.of("ZALO_APP_ID", "123", "ZALO_OA_SECRET", "oa-s3cret", "ZALO_APP_SECRET", "app-s3cret",
        "ZALO_REFRESH_TOKEN", "r3fresh"));
  }

  @Test
  void zaloIsOffWithoutAnAppIdAndOnWithItsDefaults() {
    assertThat(Settings.of(Map.of()).zalo()).isEmpty();
    ZaloSettings z = Settings.of(full()).zalo().orElseThrow();
    assertThat(z.apiUrl()).hasToString("https://openapi.zalo.me");
    assertThat(z.oauthUrl()).hasToString("https://oauth.zaloapp.com");
  }

  @Test
  void aMissingSecretIsNamedWhenZaloIsAskedForAndOnlyThen() {
    Map<String, String> env = full();
    env.remove("ZALO_OA_SECRET");
    Settings s = Settings.of(env);
    assertThat(s.toString()).contains("zalo=(invalid)");
    assertThatThrownBy(s::zalo).isInstanceOf(ConfigException.class).hasMessageContaining("ZALO_OA_SECRET")
        .hasMessageContaining("ZALO_APP_ID");
  }

  @Test
  void secretsNeverShowInTheSettingsText() {
    String text = Settings.of(full()).toString();
    assertThat(text).contains("appId=123").doesNotContain("s3cret").doesNotContain("r3fresh");
  }
}
