package vn.thuduc.coordbot.records;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The people present, as records list them: "Tham dự có các đồng chí: A, title; B, title …" in one
 * sentence, or minutes' "Thành phần tham dự:" followed by one line per person ("- Ông A, title").
 */
final class Attendees {
  private static final Pattern INLINE = Pattern.compile(
      "(?iu)(?:tham\\s+dự|có\\s+mặt|dự\\s+họp)[^:.;]{0,60}:\\s*(.+?)(?:\\s*(?:…|\\.\\.\\.)|\\.(?=\\s|$)|$)");
  private static final Pattern HONORIFIC = Pattern.compile("(?iu)^(?:các\\s+)?(?:đồng\\s+chí|đ/c|ông|bà|anh|chị)\\s+");
  private static final Pattern NAME = Pattern.compile("^\\p{Lu}\\p{L}*(?:\\s+\\p{Lu}\\p{L}*){1,4}$");
  private static final Pattern LIST_HEAD = Pattern.compile("(?iu)^(?:thành\\s+phần|tham\\s+dự|có\\s+mặt)[^:]{0,40}:$");

  private Attendees() {}

  static List<Attendee> read(RecordText text) {
    Map<String, Attendee> out = new LinkedHashMap<>();
    List<Block> blocks = text.blocks();
    for (int i = 0; i < blocks.size(); i++) {
      String t = blocks.get(i).text();
      if (LIST_HEAD.matcher(t).matches()) {
        for (int j = i + 1; j < blocks.size() && blocks.get(j).text().matches("^[-–•+*]\\s*.*"); j++) {
          add(out, blocks.get(j).text().replaceFirst("^[-–•+*]\\s*", "").replaceAll("[;.]$", ""));
        }
        continue;
      }
      Matcher m = INLINE.matcher(t);
      while (m.find()) {
        for (String one : m.group(1).split(";")) {
          add(out, one);
        }
      }
    }
    return new ArrayList<>(out.values());
  }

  private static void add(Map<String, Attendee> out, String entry) {
    String e = HONORIFIC.matcher(entry.trim()).replaceFirst("");
    String[] parts = e.split("\\s*(?:,|\\s[–-]\\s)\\s*", 2);
    String name = parts[0].trim();
    if (NAME.matcher(name).matches() && !out.containsKey(name)) {
      out.put(name, new Attendee(name, parts.length > 1 ? parts[1].trim() : ""));
    }
  }
}
