package vn.thuduc.coordbot.lang;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReplyLanguageTest {
  @Test
  void theUsersOwnChoiceComesFirstThenTheClientsCodeThenTheText() {
    assertThat(ReplyLanguage.of(Optional.of(Lang.EN), "vi", "xin chào", t -> Lang.VI)).isEqualTo(Lang.EN);
    assertThat(ReplyLanguage.of(Optional.empty(), "en-US", "xin chào", t -> Lang.VI)).isEqualTo(Lang.EN);
    assertThat(ReplyLanguage.of(Optional.empty(), "de", "how many workers", t -> Lang.EN)).isEqualTo(Lang.EN);
    assertThat(ReplyLanguage.of(Optional.empty(), null, "bao nhiêu", t -> Lang.VI)).isEqualTo(Lang.VI);
  }

  @Test
  void withoutAChoiceOrACodeOrATextItIsVietnamese() {
    assertThat(ReplyLanguage.ofClient(null)).isEqualTo(Lang.VI);
    assertThat(ReplyLanguage.ofClient("fr")).isEqualTo(Lang.VI);
    assertThat(ReplyLanguage.ofClient("en")).isEqualTo(Lang.EN);
  }

  @Test
  void languagesAreChosenByCodeOrByName() {
    assertThat(Lang.parse("Tiếng Việt")).contains(Lang.VI);
    assertThat(Lang.parse(" tieng viet ")).contains(Lang.VI);
    assertThat(Lang.parse("English")).contains(Lang.EN);
    assertThat(Lang.parse("en-GB")).contains(Lang.EN);
    assertThat(Lang.parse("français")).isEmpty();
    assertThat(Lang.parse(null)).isEmpty();
  }
}
