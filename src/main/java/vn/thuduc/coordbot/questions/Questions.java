package vn.thuduc.coordbot.questions;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import vn.thuduc.coordbot.answer.Answer;
import vn.thuduc.coordbot.answer.AnswerEngine;
import vn.thuduc.coordbot.lang.Lang;
import vn.thuduc.coordbot.answer.Question;
import vn.thuduc.coordbot.answer.Topic;
import vn.thuduc.coordbot.identity.Identity;
import vn.thuduc.coordbot.store.RuntimeStore;
import vn.thuduc.coordbot.store.RuntimeStore.LoggedQuestion;

/**
 * The one way a channel asks the engine on a user's behalf: around {@link AnswerEngine} it times the
 * answer, tells the listener (metrics), counts answered and not per channel, and logs the question
 * (batched on the log's thread). Questions and searches are counted; topics (a command such as
 * {@code /stats}) are logged so they can be rated, but are not counted as questions. Thread-safe.
 */
public final class Questions implements AutoCloseable {
  private final AnswerEngine engine;
  private final RuntimeStore runtime;
  private final QuestionLog log;
  private final Map<String, LongAdder[]> counts = new ConcurrentHashMap<>();
  private volatile QuestionListener listener = QuestionListener.NONE;

  public Questions(AnswerEngine engine, RuntimeStore runtime) {
    this.engine = engine;
    this.runtime = runtime;
    this.log = new QuestionLog(runtime);
  }

  /** The engine underneath, for what is not asked by a user (zone lists, language detection, ...). */
  public AnswerEngine engine() {
    return engine;
  }

  /** Who hears about every question from now on (the metrics of {@code serve}). */
  public void listen(QuestionListener l) {
    listener = l == null ? QuestionListener.NONE : l;
  }

  /** Answers a question; logged as typed. */
  public Asked ask(Asker who, Question q) {
    // answered here, not through a Supplier: a lambda is a class made at its first use, and every ask asks
    long t0 = System.nanoTime();
    return logged(who, q.text(), true, engine.answer(q), t0);
  }

  /** A full-text search ({@code /search}); logged as {@code logged}. */
  public Asked search(Asker who, String logged, String text, Lang lang) {
    long t0 = System.nanoTime();
    return logged(who, logged, true, engine.search(text, lang), t0);
  }

  /** A topic ({@code /meeting}, {@code /stats} ...); logged as {@code logged}, not counted as a question. */
  public Asked topic(Asker who, String logged, Topic topic, Lang lang) {
    long t0 = System.nanoTime();
    return logged(who, logged, false, engine.topic(topic, lang), t0);
  }

  /** Questions answered ({@code true}) or not on a channel since start. */
  public long count(String channel, boolean answered) {
    LongAdder[] c = counts.get(channel);
    return c == null ? 0 : c[answered ? 1 : 0].sum();
  }

  /** The latest distinct questions the bot could not answer, newest first. */
  public List<Unanswered> unanswered(int limit) {
    return runtime.unanswered(limit).stream().map(u -> new Unanswered(u.question(), u.times(), u.last())).toList();
  }

  /** The salted hash under which the log keeps {@code who} (never their id). */
  public String userHash(Identity who) {
    return runtime.userHash(who);
  }

  /** Questions not logged because the log's queue was full. */
  public long dropped() {
    return log.dropped();
  }

  /** Counts and logs answer {@code a}, begun at {@code t0} ({@link System#nanoTime}). */
  private Asked logged(Asker who, String logged, boolean counted, Answer a, long t0) {
    long nanos = System.nanoTime() - t0;
    if (counted) {
      LongAdder[] c = counts.get(who.channel());
      if (c == null) {
        LongAdder[] fresh = {new LongAdder(), new LongAdder()};
        c = counts.putIfAbsent(who.channel(), fresh);
        c = c == null ? fresh : c;
      }
      c[a.answered() ? 1 : 0].increment();
      listener.question(who.channel(), a.intent(), a.answered(), nanos);
    }
    CompletableFuture<Long> id = log.add(
        new LoggedQuestion(who.channel(), who.user(), logged, a.intent(), a.answered(), nanos / 1e6));
    return new Asked(a, nanos, id);
  }

  /** Writes the questions still queued; the engine is not closed (it is not ours). */
  @Override
  public void close() {
    log.close();
  }
}
