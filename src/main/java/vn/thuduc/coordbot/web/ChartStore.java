package vn.thuduc.coordbot.web;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import vn.thuduc.coordbot.answer.ChartData;

/**
 * The charts of recent answers, by a key derived from their figures, so the chat page can show an
 * answer's chart as an image from the bot; drawn only when a browser asks for it. Lock-free on the
 * request path; answers draw few distinct charts, so the bound is only a guard.
 */
final class ChartStore {
  private static final int KEEP = 512;

  private final Map<ChartData, String> keys = new ConcurrentHashMap<>();
  private final Map<String, ChartData> charts = new ConcurrentHashMap<>();

  /** Keeps {@code data} and returns its key (the same figures give the same key). */
  String put(ChartData data) {
    String known = keys.get(data);
    if (known != null) {
      return known;
    }
    if (charts.size() >= KEEP) {
      keys.clear();
      charts.clear();
    }
    return keys.computeIfAbsent(data, d -> {
      String key = Long.toHexString(Integer.toUnsignedLong(d.hashCode())) + Integer.toHexString(charts.size());
      charts.put(key, d);
      return key;
    });
  }

  Optional<ChartData> get(String key) {
    return Optional.ofNullable(charts.get(key));
  }
}
