package vn.thuduc.coordbot.telegram;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ScheduledExecutorService;
import vn.thuduc.coordbot.advice.AdviceService;
import vn.thuduc.coordbot.answer.AnswerEngine;
import vn.thuduc.coordbot.lang.Messages;
import vn.thuduc.coordbot.config.Settings;
import vn.thuduc.coordbot.questions.Questions;
import vn.thuduc.coordbot.chatstate.AuditLog;
import vn.thuduc.coordbot.telegram.inbox.UpdateLedger;
import vn.thuduc.coordbot.telegram.transport.FileDownloader;

/**
 * The parts of a started bot that its commands are built from: the program's services, the way
 * replies go out ({@link Replier}), the reply language, and threads the bot owns and closes.
 * {@code features} and {@code advice} are empty when the bot runs without them (tests, the bench).
 */
public record BotContext(Settings settings, Questions questions, AuditLog audit, DataReloader reloader,
    Clock clock, Instant startedAt, Messages messages, Replier replier, Languages languages, UpdateLedger ledger,
    FileDownloader downloader, Optional<BotFeatures> features, Optional<AdviceService> advice, Threads threads) {
  /** The channel name in the question log and the audit. */
  public static final String CHANNEL = "telegram";

  /** Named threads owned by the bot: stopped when it stops. */
  public interface Threads {
    ExecutorService single(String name);

    ScheduledExecutorService scheduled(String name);
  }

  public AnswerEngine engine() {
    return questions.engine();
  }
}
