package vn.thuduc.coordbot.records;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** What sort of document a record is. */
public enum RecordKind {
  ARTICLE("bài viết", "article"),
  MINUTES("biên bản", "minutes"),
  REPORT("báo cáo", "report"),
  DECISION("quyết định", "decision"),
  PLAN("kế hoạch", "plan");

  private final String vi;
  private final String en;

  RecordKind(String vi, String en) {
    this.vi = vi;
    this.en = en;
  }

  public String vi() {
    return vi;
  }

  public String en() {
    return en;
  }

  /** The lower-case name used in files and on the command line. */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<RecordKind> parse(String s) {
    if (s == null) {
      return Optional.empty();
    }
    String k = s.trim().toLowerCase(Locale.ROOT);
    return Arrays.stream(values()).filter(v -> v.key().equals(k) || v.vi.equals(k)).findFirst();
  }

  /** The accepted names, for messages. */
  public static String names() {
    return Arrays.stream(values()).map(RecordKind::key).collect(Collectors.joining("|"));
  }
}
