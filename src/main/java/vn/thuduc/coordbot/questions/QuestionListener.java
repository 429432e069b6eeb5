package vn.thuduc.coordbot.questions;

/** Hears every question asked through {@link Questions} (the operators' metrics). Must be quick and not throw. */
@FunctionalInterface
public interface QuestionListener {
  /** No one (a class, not a lambda: made at every start of ask, where a lambda is a class made at its first use). */
  QuestionListener NONE = new QuestionListener() {
    @Override
    public void question(String channel, String intent, boolean answered, long nanos) {
      // no one listens
    }
  };

  void question(String channel, String intent, boolean answered, long nanos);
}
