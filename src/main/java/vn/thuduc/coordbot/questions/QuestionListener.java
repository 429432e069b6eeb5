package vn.thuduc.coordbot.questions;

/** Hears every question asked through {@link Questions} (the operators' metrics). Must be quick and not throw. */
@FunctionalInterface
public interface QuestionListener {
  QuestionListener NONE = (channel, intent, answered, nanos) -> { };

  void question(String channel, String intent, boolean answered, long nanos);
}
