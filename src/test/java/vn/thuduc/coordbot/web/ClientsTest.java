package vn.thuduc.coordbot.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ClientsTest {
  @Test
  void aDottedQuadAsJavaWritesOneIsTakenAsItIsAndNormalisesToItself() {
    for (String a : List.of("127.0.0.1", "10.0.0.7", "255.255.255.255", "0.0.0.0", "192.168.100.1")) {
      assertThat(Clients.plainIpv4(a)).as(a).isTrue();
      assertThat(Clients.normal(a)).isEqualTo(a);
    }
  }

  @Test
  void anythingElseGoesThroughTheFullNormalisation() {
    for (String a : List.of("010.0.0.1", "1.2.3", "1.2.3.4.5", "256.1.1.1", "1..2.3", "1.2.3.4:80", "::1",
        "[::1]", "1.2.3.", ".1.2.3", "", "1.2.3.1000", "a.b.c.d")) {
      assertThat(Clients.plainIpv4(a)).as(a).isFalse();
    }
    assertThat(Clients.plainIpv4(null)).isFalse();
    assertThat(Clients.normal("[::1]:8080")).isEqualTo(Clients.normal("0:0:0:0:0:0:0:1"));
  }
}
