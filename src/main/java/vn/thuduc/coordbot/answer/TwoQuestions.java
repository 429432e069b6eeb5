package vn.thuduc.coordbot.answer;

import java.util.Optional;
import java.util.Set;
import vn.thuduc.coordbot.answer.query.Parts;
import vn.thuduc.coordbot.answer.query.Tag;
import vn.thuduc.coordbot.answer.query.Tagger;
import vn.thuduc.coordbot.answer.topic.TopicParser;
import vn.thuduc.coordbot.answer.topic.TopicQuery;

/**
 * Two questions joined by "và" / "and" of which at least one is about the meeting, the people or the awards ("Cát
 * Lái có bao nhiêu doanh nghiệp và hội nghị diễn ra khi nào?", "Hội nghị ký quy chế gì và khen thưởng bao nhiêu tập
 * thể?"): cut so that each is answered, where {@link Parts} cuts only questions of figures.
 */
final class TwoQuestions {
  /** Folded words that make the second half a question of its own rather than a second subject. */
  private static final Set<String> ASKING = Set.of("gi", "nao", "ai", "sao", "khi", "bao", "dau", "may", "what",
      "when", "who", "which", "how", "where", "why", "khong", "ko", "chua");

  private TwoQuestions() {}

  static Optional<Parts.Cut> of(Tagger.Tagged t, Tagger tagger, TopicParser topics) {
    // loops, not lambdas: a statistics question with "và" passes here (see performance.md, "Start-up of ask")
    for (Tag and : t.tags()) {
      if (!and.is(Tag.Kind.AND) || and.from() == 0 || and.to() >= t.words().size()
          || !asks(t, and.to(), t.words().size())) {
        continue;
      }
      Tagger.Tagged right = tagger.tag(t.span(and.to(), t.words().size()));
      Optional<TopicQuery> second = topics.parse(right);
      boolean secondFigure = figure(right);
      if (second.isEmpty() && !secondFigure || !asks(t, 0, and.from())) {
        continue;
      }
      Tagger.Tagged left = tagger.tag(t.span(0, and.from()));
      Optional<TopicQuery> first = topics.parse(left);
      boolean firstFigure = figure(left);
      boolean firstTopic = first.isPresent() && !firstFigure;
      boolean secondTopic = second.isPresent() && !secondFigure;
      if ((firstFigure || first.isPresent()) && (firstTopic || secondTopic)
          && !(firstTopic && secondTopic && first.get().equals(second.get()))) {
        // a worker's own problem with a question about their zone is answered whole, advice first
        Optional<TopicQuery> whole = topics.parse(t);
        if (whole.isPresent() && whole.get() instanceof TopicQuery.OwnProblem) {
          return Optional.empty();
        }
        return Optional.of(new Parts.Cut(and.from(), and.to(), false));
      }
    }
    return Optional.empty();
  }

  /** A figure of named zones: a zone, a kind or all of them, with a measure. */
  private static boolean figure(Tagger.Tagged t) {
    return (t.has(Tag.Kind.ZONE) || t.has(Tag.Kind.KIND) || t.has(Tag.Kind.ALL)) && t.has(Tag.Kind.MEASURE);
  }

  private static boolean asks(Tagger.Tagged t, int from, int to) {
    for (int i = from; i < to; i++) {
      if (ASKING.contains(t.words().get(i))) {
        return true;
      }
    }
    return false;
  }
}
