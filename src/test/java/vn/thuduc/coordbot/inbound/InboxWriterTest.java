package vn.thuduc.coordbot.inbound;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.thuduc.coordbot.identity.Channel;
import vn.thuduc.coordbot.store.Database;

class InboxWriterTest {
  @TempDir
  Path dir;

  @Test
  void eventsQueuedWhileTheDatabaseIsBusyAreKeptTogetherInArrivalOrderAndHandedOnBeforeTheirSendersHear()
      throws Exception {
    try (Database db = Database.open(dir)) {
      EventInbox inbox = new EventInbox(db, Channel.ZALO, Clock.systemUTC(), Duration.ofDays(2));
      List<String> handed = new CopyOnWriteArrayList<>();
      List<CompletableFuture<Optional<EventInbox.Event>>> kept = new ArrayList<>();
      try (InboxWriter writer = new InboxWriter(inbox, e -> handed.add(e.body()), "test-inbox")) {
        // the database lock held: the writer cannot commit, so the arrivals queue up behind it
        db.withConnection(c -> {
          kept.add(writer.add("m:1", "u1", "one"));
          kept.add(writer.add("m:2", "u2", "two"));
          kept.add(writer.add("m:1", "u1", "one"));
          kept.add(writer.add("m:3", "u1", "three"));
          return null;
        });
        List<Optional<EventInbox.Event>> got = new ArrayList<>();
        for (CompletableFuture<Optional<EventInbox.Event>> k : kept) {
          got.add(k.get(10, TimeUnit.SECONDS));
          assertThat(handed).as("handed on before the sender hears").hasSizeGreaterThanOrEqualTo(
              (int) got.stream().filter(Optional::isPresent).count());
        }
        assertThat(got).extracting(Optional::isPresent).containsExactly(true, true, false, true);
        assertThat(handed).containsExactly("one", "two", "three");
      }
      assertThat(inbox.pending()).extracting(EventInbox.Event::body).containsExactly("one", "two", "three");
    }
  }

  @Test
  void anAnsweredEventMarkedDoneWithALaterGroupIsNoLongerPendingAndItsKeyStillRefusesADuplicate() throws Exception {
    try (Database db = Database.open(dir)) {
      EventInbox inbox = new EventInbox(db, Channel.ZALO, Clock.systemUTC(), Duration.ofDays(2));
      try (InboxWriter writer = new InboxWriter(inbox, e -> { }, "test-inbox")) {
        long first = writer.add("m:1", "u1", "one").get(10, TimeUnit.SECONDS).orElseThrow().seq();
        writer.add("m:2", "u1", "two").get(10, TimeUnit.SECONDS);
        writer.done(first).get(10, TimeUnit.SECONDS);
        assertThat(inbox.isPending(first)).isFalse();
        assertThat(inbox.pending()).extracting(EventInbox.Event::body).containsExactly("two");
        assertThat(writer.add("m:1", "u1", "one").get(10, TimeUnit.SECONDS)).isEmpty();
      }
    }
  }

  @Test
  void afterCloseAnArrivalIsRefusedRatherThanLost() {
    try (Database db = Database.open(dir)) {
      EventInbox inbox = new EventInbox(db, Channel.ZALO, Clock.systemUTC(), Duration.ofDays(2));
      InboxWriter writer = new InboxWriter(inbox, e -> { }, "test-inbox");
      writer.close();
      assertThat(writer.add("m:9", "u9", "late")).isCompletedExceptionally();
      assertThat(inbox.pending()).isEmpty();
    }
  }
}
