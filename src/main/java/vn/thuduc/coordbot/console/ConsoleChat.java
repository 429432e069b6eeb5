package vn.thuduc.coordbot.console;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import vn.thuduc.coordbot.answer.Answer;
import vn.thuduc.coordbot.answer.AnswerEngine;
import vn.thuduc.coordbot.answer.Lang;
import vn.thuduc.coordbot.answer.Question;
import vn.thuduc.coordbot.answer.Topic;
import vn.thuduc.coordbot.store.RuntimeStore;

/** An interactive chat in the terminal: a prompt, answers, {@code /help}, {@code /lang}, {@code exit}. */
public final class ConsoleChat {
  private static final Set<String> EXIT = Set.of("exit", "quit", "thoat", "thoát", "/exit", "/quit", ":q");

  private final AnswerEngine engine;
  private final RuntimeStore runtime;

  public ConsoleChat(AnswerEngine engine, RuntimeStore runtime) {
    this.engine = engine;
    this.runtime = runtime;
  }

  /** Runs until {@code exit} or the end of input. */
  public void run(BufferedReader in, PrintWriter out) throws IOException {
    Optional<Lang> lang = Optional.empty();
    out.println(engine.topic(Topic.HELP, Lang.VI).text());
    out.println("(/help, /lang vi|en, /stats, /zones, /meeting, /awards, /law, /about; exit: thoát)");
    while (true) {
      out.print("> ");
      out.flush();
      String line = in.readLine();
      if (line == null) {
        out.println();
        return;
      }
      String q = line.strip();
      if (q.isEmpty()) {
        continue;
      }
      String lower = q.toLowerCase(Locale.ROOT);
      if (EXIT.contains(lower)) {
        return;
      }
      Lang l = lang.orElseGet(() -> engine.detectLanguage(q));
      Answer a;
      if (lower.startsWith("/lang")) {
        Optional<Lang> chosen = Lang.fromCode(lower.substring(5).trim());
        lang = chosen.isPresent() ? chosen : lang;
        out.println(chosen.map(c -> c == Lang.VI ? "Đã chuyển sang tiếng Việt." : "Switched to English.")
            .orElse("/lang vi | /lang en"));
        continue;
      }
      Optional<Topic> topic = topic(lower);
      long t0 = System.nanoTime();
      a = topic.isPresent() ? engine.topic(topic.get(), l) : engine.answer(new Question(q, lang));
      runtime.logQuestion("console", 0, q, a.intent(), a.answered(), (System.nanoTime() - t0) / 1e6);
      out.println(a.text());
      out.println();
    }
  }

  private static Optional<Topic> topic(String lower) {
    return switch (lower) {
      case "/help", "help", "?" -> Optional.of(Topic.HELP);
      case "/stats" -> Optional.of(Topic.STATS);
      case "/zones" -> Optional.of(Topic.ZONES);
      case "/meeting" -> Optional.of(Topic.MEETING);
      case "/awards" -> Optional.of(Topic.AWARDS);
      case "/law" -> Optional.of(Topic.LAW);
      case "/about" -> Optional.of(Topic.ABOUT);
      default -> Optional.empty();
    };
  }
}
