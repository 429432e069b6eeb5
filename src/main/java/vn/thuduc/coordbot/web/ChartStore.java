package vn.thuduc.coordbot.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import vn.thuduc.coordbot.answer.ChartData;

/**
 * The charts of recent answers, by a key derived from their figures, so the chat page can show an
 * answer's chart as an image from the bot; drawn only when a browser asks for it.
 */
final class ChartStore {
  private static final int KEEP = 512;

  private final Map<String, ChartData> charts = new LinkedHashMap<>(64, 0.75f, true) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<String, ChartData> eldest) {
      return size() > KEEP;
    }
  };

  /** Keeps {@code data} and returns its key (the same figures give the same key). */
  synchronized String put(ChartData data) {
    String key = Long.toHexString(Integer.toUnsignedLong(data.hashCode()))
        + Integer.toHexString(data.title().length() * 31 + data.categories().size());
    ChartData old = charts.get(key);
    if (old != null && !old.equals(data)) {
      key = key + "x" + Integer.toHexString(charts.size());
    }
    charts.put(key, data);
    return key;
  }

  synchronized Optional<ChartData> get(String key) {
    return Optional.ofNullable(charts.get(key));
  }
}
