package vn.thuduc.coordbot.bench;

import java.util.Arrays;

/** The median, the 99th percentile and the maximum of a series of durations, in milliseconds. */
public record Timings(double p50, double p99, double max, int count) {
  /** Summarises {@code nanos} (nearest-rank percentiles); an empty series gives zeros. */
  public static Timings ofNanos(long[] nanos) {
    if (nanos.length == 0) {
      return new Timings(0, 0, 0, 0);
    }
    long[] s = nanos.clone();
    Arrays.sort(s);
    return new Timings(ms(rank(s, 0.50)), ms(rank(s, 0.99)), ms(s[s.length - 1]), s.length);
  }

  /** The {@code q} quantile of {@code nanos} (nearest rank), in milliseconds; 0 for an empty series. */
  public static double quantileMs(long[] nanos, double q) {
    if (nanos.length == 0) {
      return 0;
    }
    long[] s = nanos.clone();
    Arrays.sort(s);
    return ms(rank(s, q));
  }

  private static long rank(long[] sorted, double q) {
    int i = (int) Math.ceil(q * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
  }

  private static double ms(long nanos) {
    return Math.round(nanos / 1_000.0) / 1_000.0;
  }
}
