package vn.thuduc.coordbot.records;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import vn.thuduc.coordbot.text.Fold;

/**
 * Cuts a record's paragraphs into passages of a few whole sentences (at most {@value #MAX_SENTENCES}, and
 * a new one once {@value #MAX_CHARS} characters are reached), never across paragraphs; the same text
 * twice (a caption repeated, a quoted line) is kept once.
 */
public final class PassageCutter {
  static final int MAX_SENTENCES = 3;
  static final int MAX_CHARS = 600;

  private PassageCutter() {}

  public static List<RecordPassage> cut(String recordId, RecordText text) {
    List<RecordPassage> out = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    int offset = 0;
    int paragraph = 0;
    for (Block b : text.blocks()) {
      paragraph++;
      String t = b.text();
      List<Sentences.Span> spans = Sentences.split(t);
      int i = 0;
      while (i < spans.size()) {
        int from = spans.get(i).start();
        int to = spans.get(i).end();
        int n = 1;
        while (i + n < spans.size() && n < MAX_SENTENCES && spans.get(i + n).end() - from <= MAX_CHARS) {
          to = spans.get(i + n).end();
          n++;
        }
        String passage = t.substring(from, to);
        if (seen.add(Fold.fold(passage).replaceAll("\\W+", " ").trim())) {
          out.add(new RecordPassage(recordId, out.size() + 1, paragraph, b.page(), b.heading(), offset + from,
              offset + to, passage));
        }
        i += n;
      }
      offset += t.length() + 2;
    }
    return out;
  }
}
