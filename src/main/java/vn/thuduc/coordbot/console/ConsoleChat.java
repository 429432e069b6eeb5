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
import vn.thuduc.coordbot.answer.Question;
import vn.thuduc.coordbot.answer.Topic;
import vn.thuduc.coordbot.chart.ChartRenderer;
import vn.thuduc.coordbot.data.Dataset;
import vn.thuduc.coordbot.export.StatsCsv;
import vn.thuduc.coordbot.questions.Asker;
import vn.thuduc.coordbot.questions.Questions;

/**
 * An interactive chat in the terminal, at parity with Telegram where a terminal can be: the session is
 * one conversation (follow-ups build on the previous question, {@code /new} starts over), {@code /chart}
 * and {@code /export} write their file and print its path, and the commands answer in the session's
 * language (the one chosen with {@code /lang}, else the language of the last question, Vietnamese first).
 */
public final class ConsoleChat {
  /** The conversation id of the terminal session. */
  public static final String CONVERSATION = "console";
  private static final Set<String> EXIT = Set.of("exit", "quit", "thoat", "thoát", "/exit", "/quit", ":q");
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
    Optional<Lang> chosen = Optional.empty();
    Lang session = Lang.VI;
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
        Lang l = chosen.orElse(session);
        String command = lower.split("\\s+", 2)[0];
        String args = q.length() > command.length() ? q.substring(command.length()).strip() : "";
        switch (command) {
          case "/lang" -> {
            Optional<Lang> wanted = Lang.parse(args);
            chosen = wanted.isPresent() ? wanted : chosen;
            out.println(wanted.map(c -> c.pick("Đã chuyển sang tiếng Việt.", "Switched to English."))
                .orElse("/lang vi | /lang en"));
            continue;
          }
          case "/new" -> {
            engine.forget(CONVERSATION);
            out.println(l.pick("Đã bắt đầu lại: câu hỏi tiếp theo sẽ không dựa vào câu hỏi trước.",
                "Started over: your next question will not build on the previous one."));
            out.println();
            continue;
          }
          case "/chart" -> {
            out.println(chart(l));
            out.println();
            continue;
          }
          case "/export" -> {
            out.println(export(l));
            out.println();
            continue;
          }
          default -> { }
        }
        Optional<Topic> topic = topic(lower);
        Answer a;
        if (topic.isPresent()) {
          a = questions.topic(ASKER, q, topic.get(), l).answer();
        } else if (command.equals("/zone")) {
          a = args.isEmpty() ? questions.topic(ASKER, q, Topic.ZONES, l).answer()
              : questions.ask(ASKER, Question.of(args, l).inConversation(CONVERSATION)).answer();
        } else {
          if (chosen.isEmpty() && !q.startsWith("/")) {
            session = ReplyLanguage.of(chosen, null, q, engine::detectLanguage);
          }
          a = questions.ask(ASKER, new Question(q, chosen).inConversation(CONVERSATION)).answer();
        }
        out.println(a.text());
        if (!a.choices().isEmpty()) {
          out.println(l.pick("(gõ một lựa chọn ở trên)", "(type one of the choices above)"));
        }
        out.println();
      }
    } finally {
      engine.forget(CONVERSATION);
    }
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
