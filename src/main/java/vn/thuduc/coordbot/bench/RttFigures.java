package vn.thuduc.coordbot.bench;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The Telegram adapter at one Bot API round-trip time: sustained updates per second, when the last
 * and the median of 120 questions asked at the same moment were answered (seconds), and the updates
 * never answered or answered twice.
 */
public record RttFigures(int rttMillis, int updates, double updatesPerSecond, double burstLastSeconds,
    double burstMedianSeconds, int lost, int duplicated) {

  /** The figures under the keys of {@code telegram_at_rtt}. */
  public Map<String, Object> toMap() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("updates_per_s", Math.round(updatesPerSecond * 10) / 10.0);
    m.put("burst120_last_s", Math.round(burstLastSeconds * 100) / 100.0);
    m.put("burst120_p50_s", Math.round(burstMedianSeconds * 100) / 100.0);
    m.put("lost", lost);
    m.put("duplicated", duplicated);
    m.put("updates", updates);
    return m;
  }
}
