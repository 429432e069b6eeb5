package vn.thuduc.coordbot.zalo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.thuduc.coordbot.chat.Route;

class ZaloButtonsTest {
  @Test
  void aTicketsButtonsSendACommandAPersonCouldTypeAndReadBackAsTheSameRouteAsTelegramsData() {
    for (Route r : List.of(new Route.Advice('v', 12, true), new Route.Advice('v', 12, false),
        new Route.Advice('c', 7, false))) {
      String payload = ZaloButtons.of(r, "label").sends();
      assertThat(payload).startsWith("/");
      assertThat(ZaloButtons.read(payload)).as(payload).contains(r);
      assertThat(Route.decode(r.encode())).as("the same value from Telegram's callback data").contains(r);
    }
    assertThat(ZaloButtons.of(new Route.Advice('v', 12, true), "👍").sends()).isEqualTo("/danhgia 12 tot");
    assertThat(ZaloButtons.of(new Route.Advice('c', 7, false), "x").sends()).isEqualTo("/dong 7");
  }

  @Test
  void theSameCommandTypedByHandIsTheSamePress() {
    assertThat(ZaloButtons.read("/DanhGia #12 up")).contains(new Route.Advice('v', 12, true));
    assertThat(ZaloButtons.read("/close 3")).contains(new Route.Advice('c', 3, false));
  }

  @Test
  void questionsAndCommandsThatAreNoButtonAreLeftToTheCommands() {
    assertThat(ZaloButtons.read("KCX Linh Trung có bao nhiêu lao động?")).isEmpty();
    assertThat(ZaloButtons.read("/dong")).as("the latest open ticket: the command's to find").isEmpty();
    assertThat(ZaloButtons.read("/danhgia 12")).isEmpty();
    assertThat(ZaloButtons.read("/danhgia 12 maybe")).isEmpty();
    assertThat(ZaloButtons.read("/tuvan 12")).isEmpty();
  }
}
