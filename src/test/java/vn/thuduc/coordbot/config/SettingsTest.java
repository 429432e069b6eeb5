package vn.thuduc.coordbot.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SettingsTest {
  private static final String TOKEN = "4817293305:AAx9bcdefghijklmnopqrstuvwxyz012345";

  @Test
  void environmentOverridesTheFile() {
    Settings s = Settings.load(Path.of("config", "coordbot.properties"), Map.of(
        "TELEGRAM_API_URL", "http://127.0.0.1:9000/", "COORDBOT_ADMIN_IDS", "9001, 42",
        "COORDBOT_INDEX_DIR", "/tmp/x"));
    assertThat(s.apiUrl().toString()).isEqualTo("http://127.0.0.1:9000");
    assertThat(s.adminIds()).containsExactlyInAnyOrder(9001L, 42L);
    assertThat(s.isAdmin(42)).isTrue();
    assertThat(s.indexDir()).isEqualTo(Path.of("/tmp/x"));
    assertThat(s.dataDir()).isEqualTo(Path.of("config/data"));
  }

  @Test
  void defaultsWhenNothingIsSet() {
    Settings s = Settings.load(Path.of("no-such-file"), Map.of());
    assertThat(s.apiUrl().toString()).isEqualTo("https://api.telegram.org");
    assertThat(s.token()).isEmpty();
    assertThat(s.adminIds()).isEmpty();
  }

  @Test
  void aBadSettingIsNamed() {
    assertThatThrownBy(() -> Settings.of(Map.of("COORDBOT_ADMIN_IDS", "bob")))
        .isInstanceOf(ConfigException.class).hasMessage("COORDBOT_ADMIN_IDS: not a numeric Telegram user id: 'bob'");
    assertThatThrownBy(() -> Settings.of(Map.of("TELEGRAM_API_URL", "ftp://x")))
        .hasMessageStartingWith("TELEGRAM_API_URL: not an http(s) URL");
  }

  @Test
  void theTokenNeverShowsInToStringOrMaskedText() {
    Settings s = Settings.of(Map.of("TELEGRAM_BOT_TOKEN", TOKEN));
    assertThat(s.token()).contains(TOKEN);
    assertThat(s.toString()).doesNotContain(TOKEN).doesNotContain("AAx9");
    assertThat(SecretMask.mask("GET https://api.telegram.org/bot" + TOKEN + "/getUpdates failed"))
        .isEqualTo("GET https://api.telegram.org/bot<token>/getUpdates failed");
  }
}
