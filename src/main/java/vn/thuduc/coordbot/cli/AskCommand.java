package vn.thuduc.coordbot.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vn.thuduc.coordbot.answer.Answer;
import vn.thuduc.coordbot.answer.CoordAnswerEngine;
import vn.thuduc.coordbot.answer.Question;
import vn.thuduc.coordbot.questions.Asker;
import vn.thuduc.coordbot.app.Coordbot;
import vn.thuduc.coordbot.config.Settings;
import vn.thuduc.coordbot.config.StartTrace;
import vn.thuduc.coordbot.console.JsonlAsk;

/** {@code ask "question"} prints one answer; {@code ask --jsonl} answers stdin line by line as JSON. */
@Command(name = "ask", description = "Answer one question, or with --jsonl one question per line of stdin.")
final class AskCommand implements Callable<Integer> {
  private final Launch launch;

  @Option(names = "--jsonl", description = "Read questions from stdin, write one JSON object per line.")
  private boolean jsonl;

  @Parameters(arity = "0..*", paramLabel = "QUESTION", description = "The question (all words are joined).")
  private List<String> words = List.of();

  AskCommand(Launch launch) {
    this.launch = launch;
  }

  /**
   * {@code args} read as picocli would read them when they are {@code ask} with words and at most one
   * {@code --jsonl}; empty for anything else (another command, any other option, a word starting with
   * {@code -} or {@code @}, which picocli reads as an option or an argument file).
   */
  static Optional<AskCommand> plain(Launch launch, String... args) {
    if (args.length == 0 || !args[0].equals("ask")) {
      return Optional.empty();
    }
    AskCommand ask = new AskCommand(launch);
    List<String> words = new ArrayList<>();
    for (int i = 1; i < args.length; i++) {
      String a = args[i];
      if (a.equals("--jsonl") && !ask.jsonl) {
        ask.jsonl = true;
      } else if (a.isEmpty() || a.charAt(0) != '-' && a.charAt(0) != '@') {
        words.add(a);
      } else {
        return Optional.empty();
      }
    }
    ask.words = List.copyOf(words);
    return Optional.of(ask);
  }

  /**
   * On a thread of its own while this one opens the bot: the engine's vocabulary and messages, and the
   * JSON reader and writer (the dataset's store reads with it too), loaded and set up once. The
   * database opens on a third thread meanwhile; on two cores this took about a tenth off a cold ask.
   */
  private static void readAhead() {
    Thread t = new Thread(new Runnable() {
      @Override
      public void run() {
        CoordAnswerEngine.readAhead();
        StartTrace.mark("engine's files read");
        JsonlAsk.warmUp();
        StartTrace.mark("jackson-core set up");
      }
    }, "coordbot-read-ahead");
    t.setDaemon(true);
    t.start();
  }

  @Override
  public Integer call() throws Exception {
    if (!jsonl && words.isEmpty()) {
      launch.err().println("ask: give a question, e.g. ask \"KCX Linh Trung có bao nhiêu lao động?\", or --jsonl");
      return 2;
    }
    Settings settings = launch.settings();
    StartTrace.mark("settings read");
    StartCompilation start = StartCompilation.begin(settings.indexDir());
    readAhead();
    try (start; Coordbot app = launch.open(settings)) {
      StartTrace.mark("bot open");
      if (jsonl) {
        // not start::end: a method reference is a class made at its first use (see readAhead)
        new JsonlAsk(app.questions()).run(launch.stdin(), launch.out(), new Runnable() {
          @Override
          public void run() {
            start.end();
          }
        });
        return 0;
      }
      String q = String.join(" ", words);
      Answer a = app.questions().ask(Asker.anonymous("cli"), Question.of(q)).answer();
      StartTrace.mark("answered");
      launch.out().println(a.text());
      return 0;
    }
  }
}
