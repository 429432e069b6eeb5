package vn.thuduc.coordbot.feedback;

import java.util.List;
import vn.thuduc.coordbot.answer.Answer;
import vn.thuduc.coordbot.identity.Identity;

/**
 * Users' ratings of answers: which answers may be rated (those that state facts and were logged), the
 * votes, and the list of what to improve first. Knows no channel.
 */
public final class Ratings {
  private final FeedbackStore store;

  public Ratings(FeedbackStore store) {
    this.store = store;
  }

  /** True when {@code a}, logged as {@code questionId}, may be rated: not help, not "I don't know". */
  public boolean rateable(Answer a, long questionId) {
    return a.answered() && !"help".equals(a.intent()) && questionId > 0;
  }

  /** Records {@code userId}'s vote on logged question {@code questionId}; false when there is no such question. */
  public boolean vote(long questionId, long userId, boolean up) {
    return questionId > 0 && store.vote(questionId, userId, up);
  }

  /** Records {@code who}'s vote on logged question {@code questionId}; false when there is no such question. */
  public boolean vote(long questionId, Identity who, boolean up) {
    return questionId > 0 && store.vote(questionId, who, up);
  }

  /** Badly rated answers and unanswered questions, most frequent first, at most {@code limit}. */
  public List<FeedbackStore.Item> worst(int limit) {
    return store.worst(limit);
  }
}
