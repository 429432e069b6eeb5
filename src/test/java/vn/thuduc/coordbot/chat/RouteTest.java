package vn.thuduc.coordbot.chat;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class RouteTest {
  @Test
  void everyRouteReadsBackAsItselfFromItsCallbackData() {
    List<Route> routes = List.of(new Route.ZoneCard("linh-trung-2"), new Route.Shortcut("stats"),
        new Route.Choice("1z"), new Route.SetLang("en"), new Route.ImportDecision(true, 7),
        new Route.ImportDecision(false, 8), new Route.Follow("*"), new Route.Vote(42, true),
        new Route.Vote(43, false), new Route.Export(), new Route.Advice('q', 0, false),
        new Route.Advice('n', 12, false), new Route.Advice('v', 12, true), new Route.Advice('v', 13, false));
    for (Route r : routes) {
      assertThat(Route.decode(r.encode())).as(r.encode()).contains(r);
      assertThat(r.fits()).isTrue();
    }
  }

  @Test
  void keepsTheCallbackDataTheBotHasAlwaysWritten() {
    assertThat(new Route.ZoneCard("shtp").encode()).isEqualTo("z:shtp");
    assertThat(new Route.ImportDecision(true, 3).encode()).isEqualTo("imp:a:3");
    assertThat(new Route.Follow("*").encode()).isEqualTo("sub:*");
    assertThat(new Route.Vote(5, false).encode()).isEqualTo("fb:5:d");
    assertThat(new Route.Export().encode()).isEqualTo("exp");
    assertThat(new Route.Advice('v', 9, true).encode()).isEqualTo("av:v:9:u");
  }

  @Test
  void dataTheBotDidNotWriteDecodesToNothingOrToARouteThatNamesNothing() {
    assertThat(Route.decode("x:gone")).isEmpty();
    assertThat(Route.decode("zone:linh-trung")).isEmpty();
    assertThat(Route.decode("")).isEmpty();
    assertThat(Route.decode(null)).isEmpty();
    assertThat(Route.decode("imp:a:x")).contains(new Route.ImportDecision(true, -1));
    assertThat(Route.decode("fb:5:x")).contains(new Route.Vote(-1, false));
    assertThat(Route.decode("av:z:5")).contains(new Route.Advice('?', -1, false));
    assertThat(Route.decode("av:n:#12")).contains(new Route.Advice('n', 12, false));
  }
}
