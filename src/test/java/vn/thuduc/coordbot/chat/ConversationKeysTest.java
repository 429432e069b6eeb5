package vn.thuduc.coordbot.chat;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.thuduc.coordbot.identity.Identity;

class ConversationKeysTest {
  @Test
  void keysKeepTheirEarlierNamesAndTwoChannelsOrTwoPeopleInAGroupNeverShareOne() {
    assertThat(ConversationKeys.of(Identity.zalo("42"))).isEqualTo("zalo:42");
    assertThat(ConversationKeys.of(Identity.telegram(42), "-100")).isEqualTo("tg:-100:42");
    assertThat(ConversationKeys.of(Identity.telegram(42))).isNotEqualTo(ConversationKeys.of(Identity.zalo("42")));
    assertThat(ConversationKeys.of(Identity.telegram(1), "-100"))
        .isNotEqualTo(ConversationKeys.of(Identity.telegram(2), "-100"));
  }
}
