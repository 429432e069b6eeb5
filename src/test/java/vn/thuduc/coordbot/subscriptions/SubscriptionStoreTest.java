package vn.thuduc.coordbot.subscriptions;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.thuduc.coordbot.lang.Lang;
import vn.thuduc.coordbot.store.Database;
import vn.thuduc.coordbot.store.RuntimeStore;

class SubscriptionStoreTest {
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-29T08:00:00Z"), ZoneOffset.UTC);
  @TempDir Path dir;
  private Database db;
  private RuntimeStore runtime;

  @BeforeEach
  void open() {
    db = Database.open(dir);
    runtime = new RuntimeStore(db, CLOCK);
  }

  @AfterEach
  void close() {
    db.close();
  }

  @Test
  void aChatIsToldAboutAVersionOnlyOnce() {
    SubscriptionStore s = new SubscriptionStore(db, CLOCK);
    s.subscribe(5, "shtp", Lang.EN);
    s.subscribe(5, "shtp", Lang.VI);
    s.subscribe(5, SubscriptionStore.ALL, Lang.VI);
    assertThat(s.ofChat(5)).hasSize(2).allSatisfy(x -> assertThat(x.lang()).isEqualTo(Lang.VI));
    assertThat(s.claimNotice(2, 5)).isTrue();
    assertThat(s.claimNotice(2, 5)).isFalse();
    assertThat(s.claimNotice(3, 5)).isTrue();
    assertThat(s.unsubscribeAll(5)).isEqualTo(2);
    assertThat(s.all()).isEmpty();
  }
}
