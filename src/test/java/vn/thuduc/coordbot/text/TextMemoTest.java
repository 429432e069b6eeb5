package vn.thuduc.coordbot.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class TextMemoTest {
  @Test
  void aTextAskedAgainIsNotComputedAgain() {
    AtomicInteger calls = new AtomicInteger();
    TextMemo<String> memo = new TextMemo<>(10, 100);
    assertThat(memo.get("kcx linh trung", t -> calls.incrementAndGet() + t)).isEqualTo("1kcx linh trung");
    assertThat(memo.get("kcx linh trung", t -> calls.incrementAndGet() + t)).isEqualTo("1kcx linh trung");
    assertThat(calls).hasValue(1);
  }

  @Test
  void aTextLongerThanTheBoundIsComputedEachTimeAndNeverKept() {
    AtomicInteger calls = new AtomicInteger();
    TextMemo<Integer> memo = new TextMemo<>(10, 5);
    memo.get("123456", t -> calls.incrementAndGet());
    memo.get("123456", t -> calls.incrementAndGet());
    assertThat(calls).hasValue(2);
    assertThat(memo.size()).isZero();
  }

  @Test
  void endlessNewTextsKeepNoMoreThanTheBound() {
    TextMemo<Integer> memo = new TextMemo<>(100, 20);
    for (int i = 0; i < 10_000; i++) {
      memo.get("question " + i, String::length);
      assertThat(memo.size()).isLessThanOrEqualTo(100);
    }
  }

  @Test
  void aMemoThatKeepsNothingIsRefused() {
    assertThatThrownBy(() -> new TextMemo<>(0, 10)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least one");
  }
}
