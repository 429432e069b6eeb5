package vn.thuduc.coordbot.feedback;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import vn.thuduc.coordbot.identity.Identity;
import vn.thuduc.coordbot.store.Database;
import vn.thuduc.coordbot.store.RuntimeStore;

/**
 * Votes (👍 +1, 👎 −1) on logged answers, one per user and question (a second vote replaces the
 * first), and the report admins read: badly rated answers and unanswered questions, most frequent first.
 */
public final class FeedbackStore {
  private static final String VOTE = "INSERT INTO feedback (question_id, user_hash, vote, question, intent, at)"
      + " SELECT id, ?, ?, question, intent, ? FROM question_log WHERE id = ?"
      + " ON CONFLICT (question_id, user_hash) DO UPDATE SET vote = excluded.vote, at = excluded.at";
  private static final String BAD = "SELECT question, intent, SUM(CASE WHEN vote < 0 THEN 1 ELSE 0 END) AS down,"
      + " SUM(CASE WHEN vote > 0 THEN 1 ELSE 0 END) AS up FROM feedback GROUP BY question, intent"
      + " HAVING down > 0 ORDER BY down DESC, up ASC LIMIT ?";
  private static final String UNANSWERED = "SELECT question, intent, COUNT(*) AS n FROM question_log"
      + " WHERE answered = 0 GROUP BY question ORDER BY n DESC, MAX(id) DESC LIMIT ?";

  private final Database db;
  private final RuntimeStore runtime;
  private final Clock clock;

  public FeedbackStore(Database db, RuntimeStore runtime, Clock clock) {
    this.db = db;
    this.runtime = runtime;
    this.clock = clock;
  }

  /** What admins see: a badly rated answer or an unanswered question, and how often. */
  public record Item(Kind kind, String question, String intent, int times, int upVotes) {}

  /** Why an item is on the list. */
  public enum Kind {
    DISLIKED,
    UNANSWERED
  }

  /** Records a Telegram user's vote on logged question {@code questionId}; false when no such question. */
  public boolean vote(long questionId, long userId, boolean up) {
    return vote(questionId, Identity.telegram(userId), up);
  }

  /** Records {@code who}'s vote on logged question {@code questionId}; false when no such question. */
  public boolean vote(long questionId, Identity who, boolean up) {
    return db.withConnection(c -> {
      try (PreparedStatement ps = c.prepareStatement(VOTE)) {
        ps.setString(1, runtime.userHash(who));
        ps.setInt(2, up ? 1 : -1);
        ps.setString(3, clock.instant().toString());
        ps.setLong(4, questionId);
        return ps.executeUpdate() == 1;
      }
    });
  }

  /** Answers with 👎 votes and unanswered questions together, most frequent first. */
  public List<Item> worst(int limit) {
    return db.withConnection(c -> {
      List<Item> out = new ArrayList<>();
      try (PreparedStatement ps = c.prepareStatement(BAD)) {
        ps.setInt(1, limit);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            out.add(new Item(Kind.DISLIKED, rs.getString(1), rs.getString(2), rs.getInt(3), rs.getInt(4)));
          }
        }
      }
      try (PreparedStatement ps = c.prepareStatement(UNANSWERED)) {
        ps.setInt(1, limit);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            out.add(new Item(Kind.UNANSWERED, rs.getString(1), rs.getString(2), rs.getInt(3), 0));
          }
        }
      }
      out.sort(Comparator.comparingInt(Item::times).reversed());
      return out.size() > limit ? List.copyOf(out.subList(0, limit)) : List.copyOf(out);
    });
  }
}
