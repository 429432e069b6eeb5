package vn.thuduc.coordbot.inbound;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.thuduc.coordbot.identity.Channel;
import vn.thuduc.coordbot.store.Database;

class EventInboxTest {
  @TempDir
  Path dir;

  @Test
  void anEventKeptTwiceIsTakenOnceAndWhatIsNotDoneSurvivesAReopenInOrder() {
    try (Database db = Database.open(dir)) {
      EventInbox inbox = new EventInbox(db, Channel.ZALO, Clock.systemUTC(), Duration.ofDays(2));
      assertThat(inbox.add("m:1", "u1", "{\"a\":1}")).isPresent();
      assertThat(inbox.add("m:1", "u1", "{\"a\":1}")).isEmpty();
      long second = inbox.add("m:2", "u2", "{\"b\":2}").orElseThrow().seq();
      inbox.add("m:3", "u1", "{\"c\":3}");
      inbox.done(second);
      assertThat(inbox.add("m:2", "u2", "{\"b\":2}")).as("a late duplicate of a done event").isEmpty();
    }
    try (Database db = Database.open(dir)) {
      EventInbox inbox = new EventInbox(db, Channel.ZALO, Clock.systemUTC(), Duration.ofDays(2));
      assertThat(inbox.pending()).extracting(EventInbox.Event::body).containsExactly("{\"a\":1}", "{\"c\":3}");
      assertThat(new EventInbox(db, Channel.WEB, Clock.systemUTC(), Duration.ofDays(2)).pending()).isEmpty();
    }
  }
}
