package vn.thuduc.coordbot.answer.topic;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import vn.thuduc.coordbot.answer.topic.TopicLexicon.Cue;
import vn.thuduc.coordbot.answer.topic.TopicLexicon.Hit;
import vn.thuduc.coordbot.text.Stopwords;

/** The cues of one question, with the words they cover. */
record Cues(List<Hit> hits, List<String> words) {
  // loops, not streams: asked dozens of times a question, a stream each was 7% of what a web request allocated

  boolean has(Cue c) {
    for (int i = 0; i < hits.size(); i++) {
      if (hits.get(i).cue() == c) {
        return true;
      }
    }
    return false;
  }

  boolean has(Cue c, String arg) {
    return count(c, arg) > 0;
  }

  long count(Cue c, String arg) {
    long n = 0;
    for (int i = 0; i < hits.size(); i++) {
      Hit h = hits.get(i);
      if (h.cue() == c && h.arg().equals(arg)) {
        n++;
      }
    }
    return n;
  }

  List<String> args(Cue c) {
    Set<String> out = new LinkedHashSet<>();
    for (int i = 0; i < hits.size(); i++) {
      Hit h = hits.get(i);
      if (h.cue() == c) {
        out.add(h.arg());
      }
    }
    return List.copyOf(out);
  }

  /** The words that are neither a cue nor a stop word. */
  long uncovered() {
    boolean[] covered = new boolean[words.size()];
    hits.forEach(h -> java.util.Arrays.fill(covered, h.from(), h.to(), true));
    long n = 0;
    for (int i = 0; i < words.size(); i++) {
      n += covered[i] || Stopwords.contains(words.get(i)) ? 0 : 1;
    }
    return n;
  }

  /** True when every word is covered by one of {@code cues} or is a stop word. */
  boolean only(Set<Cue> cues) {
    boolean[] covered = new boolean[words.size()];
    hits.stream().filter(h -> cues.contains(h.cue()))
        .forEach(h -> java.util.Arrays.fill(covered, h.from(), h.to(), true));
    for (int i = 0; i < words.size(); i++) {
      if (!covered[i] && !Stopwords.contains(words.get(i))) {
        return false;
      }
    }
    return true;
  }

  /** For each word, true when one of {@code cues} covers it. */
  boolean[] coveredBy(Set<Cue> cues) {
    boolean[] covered = new boolean[words.size()];
    for (Hit h : hits) {
      if (cues.contains(h.cue())) {
        java.util.Arrays.fill(covered, h.from(), h.to(), true);
      }
    }
    return covered;
  }

  /** For each word, true when a hit of {@code cue} with {@code arg} covers it. */
  boolean[] coveredBy(Cue cue, String arg) {
    boolean[] covered = new boolean[words.size()];
    for (Hit h : hits) {
      if (h.cue() == cue && h.arg().equals(arg)) {
        java.util.Arrays.fill(covered, h.from(), h.to(), true);
      }
    }
    return covered;
  }
}
