package vn.thuduc.coordbot.chatstate;

import vn.thuduc.coordbot.answer.AnswerEngine;
import vn.thuduc.coordbot.preferences.ChosenLanguages;
import vn.thuduc.coordbot.questions.Questions;
import vn.thuduc.coordbot.store.RuntimeStore;

/**
 * The state services a chat channel is built with, over one store: the composition root (or a test)
 * makes it, the channel takes what it needs and never sees the store.
 */
public final class ChatState {
  private final RuntimeStore runtime;
  private final ProcessedUpdates processed;
  private final RefusingChats refusing;
  private final ChosenLanguages languages;
  private final AuditLog audit;

  private ChatState(RuntimeStore runtime) {
    this.runtime = runtime;
    this.processed = new ProcessedUpdates(runtime);
    this.refusing = new RefusingChats(runtime);
    this.languages = new ChosenLanguages(runtime);
    this.audit = new AuditLog(runtime);
  }

  public static ChatState of(RuntimeStore runtime) {
    return new ChatState(runtime);
  }

  public ProcessedUpdates processed() {
    return processed;
  }

  public RefusingChats refusing() {
    return refusing;
  }

  public ChosenLanguages languages() {
    return languages;
  }

  public AuditLog audit() {
    return audit;
  }

  /** A question service of its own over {@code engine}, logging to this store (a bot run without the app's). */
  public Questions questionsOver(AnswerEngine engine) {
    return new Questions(engine, runtime);
  }
}
