package vn.thuduc.coordbot.lang;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class MessagesTest {
  private static final List<String> BUNDLES = List.of("i18n/messages", "i18n/telegram", "i18n/web", "i18n/advice");
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)}");
  private final Messages messages = new Messages("i18n/messages");

  @Test
  void anArgumentContainingAPlaceholderComesOutLiterally() {
    assertThat(messages.get(Lang.EN, "asof", "{1}", "!")).isEqualTo("The zones' figures are as of {1}!.");
    assertThat(messages.get(Lang.EN, "asof", "x", "{0}")).isEqualTo("The zones' figures are as of x{0}.");
  }

  @Test
  void anApostropheInATemplateIsALetterNotAQuote() {
    assertThat(messages.get(Lang.EN, "asof", "8 March 2024", "")).isEqualTo("The zones' figures are as of 8 March 2024.");
    assertThat(messages.get(Lang.EN, "q.label.housing")).isEqualTo("workers' housing");
  }

  @Test
  void anArgumentWithQuotesAndBracesIsKeptAsItIs() {
    assertThat(messages.get(Lang.EN, "asof", "'{x}' ''", "")).isEqualTo("The zones' figures are as of '{x}' ''.");
  }

  @Test
  void numbersAreNotRegroupedAndAMissingArgumentLeavesItsPlaceholder() {
    assertThat(messages.get(Lang.VI, "asof", 126694)).startsWith(messages.get(Lang.VI, "asof").replace("{0}", "126694"))
        .contains("{1}");
  }

  @Test
  void aMissingKeyIsNamedWithItsBundleAndLanguage() {
    assertThatThrownBy(() -> messages.get(Lang.VI, "no.such.key"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no.such.key").hasMessageContaining("vi");
  }

  @Test
  void everyKeyOfEveryBundleRendersWithoutAStrayQuoteOrAnUnfilledPlaceholder() {
    int checked = 0;
    for (String bundle : BUNDLES) {
      Messages m = new Messages(bundle);
      for (Lang lang : Lang.values()) {
        for (String key : m.keys(lang)) {
          String template = m.get(lang, key);
          int n = 0;
          Matcher p = PLACEHOLDER.matcher(template);
          while (p.find()) {
            n = Math.max(n, Integer.parseInt(p.group(1)) + 1);
          }
          Object[] args = new Object[n + 1];
          String expected = template;
          for (int i = 0; i < args.length; i++) {
            args[i] = "«" + i + "»";
            expected = expected.replace("{" + i + "}", "«" + i + "»");
          }
          String rendered = m.get(lang, key, args);
          assertThat(rendered).as("%s %s %s", bundle, lang, key).isEqualTo(expected).doesNotContainPattern("\\{\\d+}");
          checked++;
        }
      }
    }
    assertThat(checked).isGreaterThan(600);
  }
}
