package vn.thuduc.coordbot.cli;

import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vn.thuduc.coordbot.answer.Answer;
import vn.thuduc.coordbot.answer.Question;
import vn.thuduc.coordbot.questions.Asker;
import vn.thuduc.coordbot.app.Coordbot;
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

  @Override
  public Integer call() throws Exception {
    if (!jsonl && words.isEmpty()) {
      launch.err().println("ask: give a question, e.g. ask \"KCX Linh Trung có bao nhiêu lao động?\", or --jsonl");
      return 2;
    }
    try (Coordbot app = launch.open()) {
      if (jsonl) {
        new JsonlAsk(app.questions()).run(launch.in(), launch.out());
        return 0;
      }
      String q = String.join(" ", words);
      Answer a = app.questions().ask(Asker.anonymous("cli"), Question.of(q)).answer();
      launch.out().println(a.text());
      return 0;
    }
  }
}
