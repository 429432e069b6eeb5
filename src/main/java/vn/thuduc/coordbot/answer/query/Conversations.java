package vn.thuduc.coordbot.answer.query;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import vn.thuduc.coordbot.lang.Lang;

/**
 * What each conversation was last about, so a follow-up can build on it: bounded (least recently
 * used dropped first) and forgotten after a time to live. Thread-safe; time comes from the clock.
 * From 1,024 conversations on, the frames are kept in 16 stripes by conversation id, each with its
 * own lock and a sixteenth of the bound, so that web and Telegram threads do not queue on one monitor;
 * the least recently used frame is then dropped within its stripe.
 */
public final class Conversations {
  /**
   * One conversation's frame: the last statistics query (empty after a topic question), the topic
   * of the last topic question with a seed text to complete follow-ups, a person it named, the
   * language, when it was set, the zones of the last two questions ("the two", "both") and the zones the
   * last answer showed in its order (what "it" points at) and the last ranking shown (what "the second",
   * "cuối bảng", "the last one" point at, even after a question about one of its rows) and the zone the user said
   * they work in ("em làm ở KCX Linh Trung 2, cty nợ lương": what "khu em", "my zone" mean next).
   */
  public record Frame(Optional<StatQuery> query, Optional<String> topicSeed, Optional<String> person, Lang lang,
      Instant at, java.util.List<String> recentZones, java.util.List<String> shown, Optional<Ranking> ranking,
      java.util.List<ZoneSet> groups, Optional<String> workplace, Optional<ZoneSet.Filtered> groupBound) {}

  /**
   * A ranking an answer showed: its query, the order of all the zones it ranks, and the rows it showed
   * (from {@code query.offset()}); a position in it names one zone whatever the figure asked next.
   */
  public record Ranking(StatQuery.Ranked query, java.util.List<String> order, java.util.List<String> rows) {
    public Ranking {
      order = java.util.List.copyOf(order);
      rows = java.util.List.copyOf(rows);
    }

    /** True when it showed a table of rows to point into, not one zone. */
    public boolean table() {
      return rows.size() >= 2;
    }
  }

  private final Clock clock;
  private final Duration ttl;
  private final int max;
  private final Stripe[] stripes;

  /** One lock's share of the frames, in access order. */
  @SuppressWarnings("serial") // a LinkedHashMap by inheritance only: never serialised
  private static final class Stripe extends LinkedHashMap<String, Frame> {
    private final int max;

    Stripe(int max) {
      super(256, 0.75f, true);
      this.max = max;
    }

    @Override
    protected boolean removeEldestEntry(Map.Entry<String, Frame> eldest) {
      return size() > max;
    }
  }

  public Conversations(Clock clock, Duration ttl, int max) {
    if (ttl.isNegative() || ttl.isZero() || max < 1) {
      throw new IllegalArgumentException("conversation ttl must be positive and max at least 1");
    }
    this.clock = clock;
    this.ttl = ttl;
    this.max = max;
    int n = max < 1024 ? 1 : 16;
    this.stripes = new Stripe[n];
    for (int i = 0; i < n; i++) {
      stripes[i] = new Stripe((max + n - 1) / n);
    }
  }

  private Stripe stripe(String id) {
    int h = id.hashCode();
    return stripes[(h ^ (h >>> 16)) & (stripes.length - 1)];
  }

  /** The frame of {@code id} when it is still fresh. */
  public Optional<Frame> get(String id) {
    Stripe frames = stripe(id);
    synchronized (frames) {
      return get(frames, id);
    }
  }

  private Optional<Frame> get(Stripe frames, String id) {
    Frame f = frames.get(id);
    if (f == null) {
      return Optional.empty();
    }
    if (clock.instant().isAfter(f.at().plus(ttl))) {
      frames.remove(id);
      return Optional.empty();
    }
    return Optional.of(f);
  }

  /** How many zones asked about one by one a conversation remembers ("cộng cả ba khu vừa hỏi"). */
  private static final int RECENT = 5;

  public void put(String id, Optional<StatQuery> query, Optional<String> topicSeed,
      Optional<String> person, Lang lang) {
    put(id, query, topicSeed, person, lang, java.util.List.of(), Optional.empty());
  }

  /**
   * As {@link #put(String, Optional, Optional, Optional, Lang)}, with the zones the answer showed, in order,
   * and the ranking it showed; without one, the conversation's last ranking stays what positions point into.
   */
  public void put(String id, Optional<StatQuery> query, Optional<String> topicSeed,
      Optional<String> person, Lang lang, java.util.List<String> shown, Optional<Ranking> ranking) {
    Stripe frames = stripe(id);
    synchronized (frames) {
      put(frames, id, query, topicSeed, person, lang, shown, ranking);
    }
  }

  private void put(Stripe frames, String id, Optional<StatQuery> query, Optional<String> topicSeed,
      Optional<String> person, Lang lang, java.util.List<String> shown, Optional<Ranking> ranking) {
    // the zones of the last questions (up to five), for "the two", "hai khu", "both", "ba khu vừa hỏi"
    java.util.List<String> recent = new java.util.ArrayList<>();
    Frame before = frames.get(id);
    boolean fresh = before != null && !clock.instant().isAfter(before.at().plus(ttl));
    if (fresh) {
      recent.addAll(before.recentZones());
    }
    Optional<Ranking> rows = ranking.isPresent() || !fresh ? ranking : before.ranking();
    // a ranking's zones are the rows it showed, not its set ("all")
    java.util.List<String> now = query.filter(q -> q instanceof StatQuery.Ranked).isPresent() ? shown
        : query.map(SetFollowUps::zonesAsked).orElse(java.util.List.of());
    if (!now.isEmpty()) {
      if (now.size() >= 2) {
        recent.clear();
      }
      recent.removeAll(now);
      recent.addAll(now);
    }
    while (recent.size() > Math.max(RECENT, now.size())) {
      recent.remove(0);
    }
    // the zones of the last two questions that named some, each as asked: "tổng cả hai nhóm"
    java.util.List<ZoneSet> groups = new java.util.ArrayList<>(fresh ? before.groups() : java.util.List.of());
    ZoneSet group = query.map(QueryParser::setOf).orElse(null);
    // the two groups together ("tổng cả hai nhóm") leave the two groups what "chênh nhau" compares next
    boolean joined = group instanceof ZoneSet.Union u && groups.size() == 2 && u.parts().equals(groups);
    // a frame kept through a topic turn is no second group
    if (group != null && !joined && !(fresh && query.equals(before.query()) && topicSeed.isPresent())) {
      groups.add(group);
    }
    while (groups.size() > 2) {
      groups.remove(0);
    }
    frames.put(id, new Frame(query, topicSeed, person, lang, clock.instant(), java.util.List.copyOf(recent),
        java.util.List.copyOf(shown), rows, java.util.List.copyOf(groups),
        fresh ? before.workplace() : Optional.empty(), Optional.empty()));
  }

  /**
   * The zone the user of {@code id} said they work in ("em làm ở KCX Linh Trung 2", a complaint naming a zone): kept
   * with the conversation, whatever is asked next, until it is forgotten or goes stale.
   */
  public void workplace(String id, String zone, Lang lang) {
    Stripe frames = stripe(id);
    synchronized (frames) {
      Optional<Frame> f = get(frames, id);
      Frame now = f.isPresent()
          ? new Frame(f.get().query(), f.get().topicSeed(), f.get().person(), f.get().lang(), clock.instant(),
              f.get().recentZones(), f.get().shown(), f.get().ranking(), f.get().groups(), Optional.of(zone),
              f.get().groupBound())
          : new Frame(Optional.empty(), Optional.empty(), Optional.empty(), lang, clock.instant(), java.util.List.of(),
              java.util.List.of(), Optional.empty(), java.util.List.of(), Optional.of(zone), Optional.empty());
      frames.put(id, now);
    }
  }

  /**
   * The bound a group's total was just checked against ("2 khu công nghiệp cộng lại có hơn 9.000 lao động không?"):
   * kept with the last frame, for "còn các KCX?" next, until the next answer.
   */
  public void groupBound(String id, ZoneSet.Filtered bound) {
    Stripe frames = stripe(id);
    synchronized (frames) {
      Optional<Frame> f = get(frames, id);
      if (f.isPresent()) {
        Frame x = f.get();
        frames.put(id, new Frame(x.query(), x.topicSeed(), x.person(), x.lang(), x.at(), x.recentZones(), x.shown(),
            x.ranking(), x.groups(), x.workplace(), Optional.of(bound)));
      }
    }
  }

  /** The zones an answer showed, in the order it showed them: what a pronoun or an ordinal refers to next. */
  public static java.util.List<String> shown(Result result) {
    Result r = result instanceof Result.Noted n ? n.result() : result;
    java.util.List<Result.Row> rows = java.util.List.of();
    if (r instanceof Result.Change c) {
      rows = c.rowsTo();
    } else if (r instanceof Result.Figures f) {
      rows = f.rows();
    } else if (r instanceof Result.Ranking k) {
      rows = k.rows();
    } else if (r instanceof Result.Places p) {
      rows = p.places().stream().map(Result.Place::row).toList();
    } else if (r instanceof Result.Comparison c) {
      rows = java.util.stream.Stream.concat(c.rowsA().stream(), c.rowsB().stream()).toList();
    } else if (r instanceof Result.Shares s) {
      rows = s.partRows();
    } else if (r instanceof Result.Count c) {
      rows = c.rows();
    } else if (r instanceof Result.Listing l) {
      rows = l.rows();
    } else if (r instanceof Result.Card c) {
      rows = java.util.List.of(c.row());
    } else if (r instanceof Result.Lookup l) {
      // "khu nào có 97 doanh nghiệp": the zone found (of one row), else the nearest one
      java.util.List<Result.Hit> hits = l.exact().isEmpty() ? l.nearest() : l.exact();
      java.util.List<Result.Row> found = new java.util.ArrayList<>();
      for (Result.Hit h : hits) {
        if (h.rows().size() == 1) {
          found.addAll(h.rows());
        }
      }
      rows = found;
    } else if (r instanceof Result.Membership m) {
      rows = java.util.List.of(m.row());
    } else if (r instanceof Result.Median m) {
      rows = m.middle();
    }
    // a loop, not a lambda: every statistics answer passes here, and a lambda is a class made at its first use
    java.util.List<String> ids = new java.util.ArrayList<>();
    for (Result.Row x : rows) {
      if (!ids.contains(x.zone().id())) {
        ids.add(x.zone().id());
      }
    }
    return java.util.List.copyOf(ids);
  }

  /**
   * The side of a comparison of one zone against one zone that has more (or, with {@code fewer}, fewer) of its one
   * measure: what "khu đó" means after "khu nào nhiều lao động hơn"; empty when there is no such one side.
   */
  public static Optional<String> winner(Result.Comparison c, boolean fewer) {
    if (c.rowsA().size() != 1 || c.rowsB().size() != 1 || c.measures().size() != 1) {
      return Optional.empty();
    }
    double a = c.valueA(c.measures().get(0));
    double b = c.valueB(c.measures().get(0));
    if (a == b) {
      return Optional.empty();
    }
    Result.Row won = (a > b) != fewer ? c.rowsA().get(0) : c.rowsB().get(0);
    return Optional.of(won.zone().id());
  }

  public void forget(String id) {
    Stripe frames = stripe(id);
    synchronized (frames) {
      frames.remove(id);
    }
  }

  public int size() {
    int n = 0;
    for (Stripe s : stripes) {
      synchronized (s) {
        n += s.size();
      }
    }
    return n;
  }
}
