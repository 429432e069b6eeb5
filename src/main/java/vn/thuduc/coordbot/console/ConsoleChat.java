package vn.thuduc.coordbot.console;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import vn.thuduc.coordbot.answer.Answer;
import vn.thuduc.coordbot.answer.AnswerEngine;
import vn.thuduc.coordbot.lang.Lang;
import vn.thuduc.coordbot.lang.ReplyLanguage;
import vn.thuduc.coordbot.answer.Topic;
import vn.thuduc.coordbot.chart.ChartRenderer;
import vn.thuduc.coordbot.chat.ChatCommands;
import vn.thuduc.coordbot.chat.Replies;
import vn.thuduc.coordbot.chat.Turn;
import vn.thuduc.coordbot.data.Dataset;
import vn.thuduc.coordbot.export.StatsCsv;
import vn.thuduc.coordbot.identity.Channel;
import vn.thuduc.coordbot.identity.Identity;
import vn.thuduc.coordbot.questions.Asker;
import vn.thuduc.coordbot.questions.Questions;

/**
 * An interactive chat in the terminal, on the commands every chat channel shares ({@link ChatCommands}):
 * the session is one conversation (follow-ups build on the previous question, {@code /new} starts
 * over); its own {@code /chart} and {@code /export} write their file and print its path; the commands
 * answer in the session's language (the one chosen with {@code /lang}, else the language of the last
 * question, Vietnamese first).
 */
public final class ConsoleChat {
  /** The conversation id of the terminal session. */
  public static final String CONVERSATION = "console";
  private static final Set<String> EXIT = Set.of("exit", "quit", "thoat", "thoát", "/exit", "/quit", ":q");
  private static final Set<String> HELP = Set.of("help", "?");
  private static final Identity ME = new Identity(Channel.CONSOLE, CONVERSATION);
  private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")
      .withZone(ZoneId.of("Asia/Ho_Chi_Minh"));

  private final AnswerEngine engine;
  private static final Asker ASKER = Asker.anonymous("console");

  private final Questions questions;
  private final Supplier<Optional<Dataset>> dataset;
  private final Path outDir;
  private final Clock clock;

  public ConsoleChat(Questions questions) {
    this(questions, Optional::empty, Path.of("."), Clock.systemUTC());
  }

  /** With the dataset for {@code /export}; files are written to {@code outDir}. */
  public ConsoleChat(Questions questions, Supplier<Optional<Dataset>> dataset, Path outDir,
      Clock clock) {
    this.questions = questions;
    this.engine = questions.engine();
    this.dataset = dataset;
    this.outDir = outDir;
    this.clock = clock;
  }

  /** Runs until {@code exit} or the end of input. */
  public void run(BufferedReader in, PrintWriter out) throws IOException {
    Session session = new Session();
    ChatCommands<IOException> commands = new ChatCommands<>(new ChatCommands.Parts(questions, who -> ASKER,
        who -> CONVERSATION, (who, lang) -> session.chosen = Optional.of(lang)), new Printed(out))
        .add((t, a) -> print(out, questions.topic(ASKER, "/help", Topic.HELP, t.lang()).answer()), "help", "start")
        .add((t, a) -> printText(out, chart(t.lang())), "chart")
        .add((t, a) -> printText(out, export(t.lang())), "export");
    out.println(engine.topic(Topic.HELP, Lang.VI).text());
    out.println("(/help, /lang vi|en, /stats, /zones, /zone TÊN, /chart, /export, /meeting, /awards, /law, /about,"
        + " /new; exit: thoát)");
    try {
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
        if (HELP.contains(lower)) {
          q = "/help";
        }
        if (session.chosen.isEmpty() && !q.startsWith("/")) {
          session.last = ReplyLanguage.of(session.chosen, null, q, engine::detectLanguage);
        }
        commands.handle(new Turn(ME, session.chosen.orElse(session.last), ""), q);
      }
    } finally {
      engine.forget(CONVERSATION);
    }
  }

  /** The language the session chose with {@code /lang}, and that of its last question (Vietnamese first). */
  private static final class Session {
    Optional<Lang> chosen = Optional.empty();
    Lang last = Lang.VI;
  }

  /** The console's drawing of replies: the text, a hint where a channel with buttons shows them, a blank line. */
  private static final class Printed implements Replies<IOException> {
    private final PrintWriter out;

    Printed(PrintWriter out) {
      this.out = out;
    }

    @Override
    public void text(Turn turn, String text) {
      printText(out, text);
    }

    @Override
    public void answer(Turn turn, Answer a, String asked) {
      print(out, a);
    }
  }

  private static void print(PrintWriter out, Answer a) {
    out.println(a.text());
    if (!a.choices().isEmpty()) {
      out.println(a.lang().pick("(gõ một lựa chọn ở trên)", "(type one of the choices above)"));
    }
    out.println();
  }

  private static void printText(PrintWriter out, String text) {
    out.println(text);
    out.println();
  }

  private String chart(Lang lang) throws IOException {
    Answer stats = engine.topic(Topic.STATS, lang);
    if (stats.chart().isEmpty()) {
      return lang.pick("Dữ liệu không có số liệu để vẽ biểu đồ.", "The data has no figures to chart.");
    }
    ChartRenderer renderer = new ChartRenderer();
    Path file = write("coordbot-chart-" + STAMP.format(clock.instant()) + ".png", renderer.png(stats.chart().get()));
    return (lang.pick("Đã ghi biểu đồ vào ", "Wrote the chart to ")) + file;
  }

  private String export(Lang lang) throws IOException {
    Optional<Dataset> ds = dataset.get();
    if (ds.isEmpty() || ds.get().zoneStats().isEmpty()) {
      return lang.pick("Dữ liệu không có số liệu để xuất.", "The data has no figures to export.");
    }
    Path file = write("coordbot-stats-" + STAMP.format(clock.instant()) + ".csv", new StatsCsv().render(ds.get(), lang));
    return (lang.pick("Đã ghi bảng số liệu (CSV) vào ", "Wrote the figures (CSV) to ")) + file;
  }

  private Path write(String name, byte[] content) throws IOException {
    Files.createDirectories(outDir);
    Path file = outDir.resolve(name).toAbsolutePath().normalize();
    Files.write(file, content);
    return file;
  }
}
