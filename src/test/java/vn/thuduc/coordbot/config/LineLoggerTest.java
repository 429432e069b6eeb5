package vn.thuduc.coordbot.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalTime;
import java.util.TimeZone;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A log line's time is the local time of day, as {@code LocalTime.now()} tells it, in any time zone. */
class LineLoggerTest {
  @ParameterizedTest
  @ValueSource(strings = {"UTC", "Asia/Ho_Chi_Minh", "Europe/Berlin", "America/St_Johns", "Pacific/Kiritimati"})
  void aLineIsStampedWithTheLocalTimeOfDay(String zone) {
    TimeZone before = TimeZone.getDefault();
    try {
      TimeZone.setDefault(TimeZone.getTimeZone(zone));
      LocalTime expected = LocalTime.now();
      LocalTime stamped = LineLogger.now();

      long apart = Math.abs(Duration.between(expected, stamped).toMillis());
      assertThat(Math.min(apart, Duration.ofDays(1).toMillis() - apart)).isLessThan(1_000);
    } finally {
      TimeZone.setDefault(before);
    }
  }
}
