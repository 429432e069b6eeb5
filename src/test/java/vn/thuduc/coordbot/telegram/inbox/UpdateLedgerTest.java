package vn.thuduc.coordbot.telegram.inbox;

import vn.thuduc.coordbot.chatstate.ProcessedUpdates;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.thuduc.coordbot.store.Database;
import vn.thuduc.coordbot.store.RuntimeStore;

class UpdateLedgerTest {
  @TempDir
  Path dir;
  private Database db;
  private RuntimeStore store;
  private final AtomicLong now = new AtomicLong();

  @BeforeEach
  void open() {
    db = Database.open(dir);
    store = new RuntimeStore(db, Clock.systemUTC());
  }

  @AfterEach
  void close() {
    db.close();
  }

  private UpdateLedger ledger() {
    return new UpdateLedger(new ProcessedUpdates(store), now::get, TimeUnit.SECONDS.toNanos(60));
  }

  @Test
  void confirmsNothingBeforeTheFirstUpdate() {
    assertThat(ledger().nextOffset()).isZero();
  }

  @Test
  void holdsTheOffsetAtTheOldestUpdateInFlightUntilItIsDone() {
    UpdateLedger ledger = ledger();
    assertThat(ledger.take(10)).isTrue();
    assertThat(ledger.take(11)).isTrue();
    ledger.done(11);
    assertThat(ledger.nextOffset()).isEqualTo(10);
    ledger.done(10);
    assertThat(ledger.nextOffset()).isEqualTo(12);
    assertThat(ledger.handled()).isEqualTo(2);
  }

  @Test
  void refusesAnUpdateInFlightOrProcessedBeforeEvenAfterARestart() {
    UpdateLedger ledger = ledger();
    assertThat(ledger.take(20)).isTrue();
    assertThat(ledger.take(20)).isFalse();
    ledger.done(20);
    assertThat(ledger.take(20)).isFalse();
    UpdateLedger afterRestart = ledger();
    assertThat(afterRestart.take(20)).isFalse();
    assertThat(afterRestart.nextOffset()).isEqualTo(21);
  }

  @Test
  void aStuckUpdateStopsHoldingTheOffsetBackAfterTheHoldLimit() {
    UpdateLedger ledger = ledger();
    ledger.take(30);
    ledger.take(31);
    ledger.done(31);
    assertThat(ledger.nextOffset()).isEqualTo(30);
    now.addAndGet(TimeUnit.SECONDS.toNanos(61));
    assertThat(ledger.nextOffset()).isEqualTo(32);
  }

  @Test
  void awaitIdleReturnsAtOnceWhenNothingIsInFlight() throws Exception {
    assertThat(ledger().awaitIdle(0)).isTrue();
  }
}
