package vn.thuduc.coordbot.answer;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import vn.thuduc.coordbot.answer.query.Measure;
import vn.thuduc.coordbot.answer.query.Tag;
import vn.thuduc.coordbot.answer.query.Tagger;

/**
 * A hypothetical change to one zone's figure ("Giả sử Cát Lái có thêm 3 doanh nghiệp thì có bao nhiêu?", "Nếu Khu
 * Công nghệ cao tăng 10% lao động thì …", "If Cat Lai had 3 more enterprises …"): the answer gives the real figure
 * from the data and the arithmetic, labelled as a supposition, never as a fact (and never as a price the data lacks,
 * which "giả" folded once read as).
 *
 * <p>Loops, no lambdas: this is on the way of a statistics question (see performance.md, "Start-up of ask").
 */
record Supposition(String zone, Measure measure, long amount, boolean percent, boolean up) {
  private static final Set<String> IF = Set.of("neu", "suppose", "supposing", "assume", "assuming", "if",
      "hypothetically");
  private static final Set<String> UP = Set.of("them", "tang", "more", "increase", "increased", "increases", "grew",
      "grow", "grows", "added", "add", "gained", "extra");
  private static final Set<String> DOWN = Set.of("giam", "bot", "mat", "fewer", "less", "decrease", "decreased",
      "decreases", "lost", "lose", "loses", "dropped", "cut");

  /** The supposition {@code t} makes, when it makes one on one zone's count of workers or enterprises. */
  static Optional<Supposition> of(Tagger.Tagged t) {
    List<String> w = t.words();
    boolean supposed = false;
    boolean up = false;
    boolean down = false;
    for (int i = 0; i < w.size(); i++) {
      String x = w.get(i);
      supposed |= IF.contains(x) || (x.equals("gia") && i + 1 < w.size()
          && (w.get(i + 1).equals("su") || w.get(i + 1).equals("dinh")));
      up |= UP.contains(x);
      down |= DOWN.contains(x);
    }
    List<Tag> zones = t.all(Tag.Kind.ZONE);
    List<Tag> numbers = t.all(Tag.Kind.NUMBER);
    List<Tag> measures = t.all(Tag.Kind.MEASURE);
    if (!supposed || up == down || zones.size() != 1 || numbers.size() != 1 || measures.size() != 1) {
      return Optional.empty();
    }
    Measure m = measures.get(0).arg().equals("workers") ? Measure.WORKERS
        : measures.get(0).arg().equals("enterprises") ? Measure.ENTERPRISES : null;
    if (m == null) {
      return Optional.empty();
    }
    Tag n = numbers.get(0);
    boolean percent = n.to() < w.size() && (w.get(n.to()).equals("percent") || w.get(n.to()).equals("phan")
        && n.to() + 1 < w.size() && w.get(n.to() + 1).equals("tram"));
    return Optional.of(new Supposition(zones.get(0).arg(), m, n.number(), percent, up));
  }

  /** The figure after the change: the real one plus or minus the amount, or that percent of it. */
  double applied(long real) {
    double change = percent ? real * amount / 100.0 : amount;
    return up ? real + change : real - change;
  }
}
