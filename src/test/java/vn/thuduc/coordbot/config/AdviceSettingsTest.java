package vn.thuduc.coordbot.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class AdviceSettingsTest {
  @Test
  void withoutAnAdvisersGroupTheHandOffIsOffAndTheDefaultsHold() {
    Settings s = Settings.of(Map.of());
    assertThat(s.adviserChatId()).isEmpty();
    assertThat(s.adviceExpectedHours()).isEqualTo(24);
    assertThat(s.adviceRemindHours()).isEqualTo(4);
    assertThat(s.adviceRetentionDays()).isEqualTo(90);
  }

  @Test
  void theEnvironmentOverridesThePropertyForTheGroupId() {
    Settings s = Settings.of(Map.of(Settings.ENV_ADVISER_CHAT_ID, "-1001234567890"),
        Map.of("advice.chat.id", "-42", "advice.remind.hours", "2"));
    assertThat(s.adviserChatId()).contains(-1001234567890L);
    assertThat(s.adviceRemindHours()).isEqualTo(2);
    assertThat(s.toString()).contains("adviserChatId=-1001234567890");
  }

  @Test
  void aGroupIdThatIsNotANumberNamesTheVariable() {
    assertThatThrownBy(() -> Settings.of(Map.of(Settings.ENV_ADVISER_CHAT_ID, "@advisers")))
        .isInstanceOf(ConfigException.class).hasMessageContaining("COORDBOT_ADVISER_CHAT_ID")
        .hasMessageContaining("@advisers");
    assertThatThrownBy(() -> Settings.of(Map.of(), Map.of("advice.retention.days", "0")))
        .isInstanceOf(ConfigException.class).hasMessageContaining("advice.retention.days");
  }
}
