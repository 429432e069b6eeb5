package vn.thuduc.coordbot.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.thuduc.coordbot.store.Database;
import vn.thuduc.coordbot.store.RuntimeStore;

class FeedbackStoreTest {
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
  void aSecondVoteOfTheSameUserReplacesTheFirst() {
    FeedbackStore f = new FeedbackStore(db, runtime, CLOCK);
    long q = runtime.logQuestion("telegram", 7, "KCX Linh Trung?", "zone_card", true, 1);
    assertThat(f.vote(q, 7, false)).isTrue();
    assertThat(f.vote(q, 7, true)).isTrue();
    assertThat(f.worst(10)).isEmpty();
    assertThat(f.vote(q, 8, false)).isTrue();
    assertThat(f.worst(10)).singleElement().satisfies(i -> {
      assertThat(i.kind()).isEqualTo(FeedbackStore.Kind.DISLIKED);
      assertThat(i.times()).isEqualTo(1);
      assertThat(i.upVotes()).isEqualTo(1);
      assertThat(i.intent()).isEqualTo("zone_card");
    });
  }

  @Test
  void aVoteOnAnUnknownQuestionIsNotStored() {
    assertThat(new FeedbackStore(db, runtime, CLOCK).vote(999, 7, true)).isFalse();
  }

  @Test
  void unansweredAndDislikedComeTogetherMostFrequentFirst() {
    FeedbackStore f = new FeedbackStore(db, runtime, CLOCK);
    for (int i = 0; i < 3; i++) {
      runtime.logQuestion("telegram", i, "giá vàng?", "unknown", false, 1);
    }
    long q = runtime.logQuestion("telegram", 1, "tổng lao động?", "total", true, 1);
    f.vote(q, 1, false);
    f.vote(q, 2, false);
    assertThat(f.worst(10)).extracting(FeedbackStore.Item::question).containsExactly("giá vàng?", "tổng lao động?");
  }
}
