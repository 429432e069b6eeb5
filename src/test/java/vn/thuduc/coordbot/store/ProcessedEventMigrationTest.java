package vn.thuduc.coordbot.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.thuduc.coordbot.identity.Channel;
import vn.thuduc.coordbot.inbound.EventInbox;

/**
 * A database of the previous version (Telegram's processed update ids in their own table, Zalo's done
 * events kept in the inbox) opened by this one: both are in the one processed-event ledger, keyed by
 * channel, and neither channel answers an event of the other's ledger or one it answered before.
 */
class ProcessedEventMigrationTest {
  private static final int PREVIOUS = 7;

  @TempDir
  Path dir;

  @Test
  void telegramsUpdateIdsAndZalosDoneEventsAreOneLedgerKeyedByChannel() {
    try (Database old = Database.open(dir, PREVIOUS)) {
      assertThat(old.schemaVersion()).isEqualTo(PREVIOUS);
      old.withConnection(c -> {
        for (String sql : List.of(
            "INSERT INTO processed_update (update_id, at) VALUES (9, '2026-12-01T00:00:00Z')",
            "INSERT INTO processed_update (update_id, at) VALUES (10, '2026-12-01T00:00:01Z')",
            "INSERT INTO event_inbox (channel, event_key, user_id, body, received_at, done_at)"
                + " VALUES ('zalo', 'm:done', '1', '', '2026-12-01T00:00:00Z', '2026-12-01T00:00:02Z')",
            "INSERT INTO event_inbox (channel, event_key, user_id, body, received_at)"
                + " VALUES ('zalo', 'm:pending', '1', '{}', '2026-12-01T00:00:03Z')")) {
          try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.executeUpdate();
          }
        }
        return null;
      });
    }
    try (Database db = Database.open(dir)) {
      RuntimeStore runtime = new RuntimeStore(db, Clock.systemUTC());
      EventInbox zalo = new EventInbox(db, Channel.ZALO, Clock.systemUTC(), Duration.ofDays(2));

      assertThat(runtime.isProcessed(9)).isTrue();
      assertThat(runtime.isProcessed(11)).isFalse();
      assertThat(runtime.lastProcessedUpdateId()).as("ids compare as numbers, not text").isEqualTo(10);
      assertThat(zalo.pending()).extracting(EventInbox.Event::body).containsExactly("{}");
      assertThat(zalo.add("m:done", "1", "{}")).as("answered before the upgrade").isEmpty();
      assertThat(zalo.add("m:new", "1", "{}")).isPresent();

      // the same key on another channel is another event
      assertThat(new EventInbox(db, Channel.WEB, Clock.systemUTC(), Duration.ofDays(2)).add("m:done", "1", "{}"))
          .isPresent();
      runtime.markProcessed(100);
      runtime.markProcessed(99);
      assertThat(runtime.lastProcessedUpdateId()).isEqualTo(100);
      runtime.pruneProcessedBelow(100);
      assertThat(runtime.isProcessed(99)).isFalse();
      assertThat(runtime.isProcessed(100)).isTrue();
      assertThat(zalo.add("m:done", "1", "{}")).as("Telegram's pruning leaves Zalo's keys").isEmpty();
    }
  }
}
