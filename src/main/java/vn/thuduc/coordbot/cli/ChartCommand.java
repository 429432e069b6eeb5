package vn.thuduc.coordbot.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.thuduc.coordbot.answer.Answer;
import vn.thuduc.coordbot.answer.AnswerEngine;
import vn.thuduc.coordbot.answer.ChartData;
import vn.thuduc.coordbot.answer.Lang;
import vn.thuduc.coordbot.answer.Topic;
import vn.thuduc.coordbot.chart.ChartRenderer;

/** {@code coordbot chart}: writes the statistics bar chart (the one /stats sends) to a PNG file. */
@Command(name = "chart", mixinStandardHelpOptions = true,
    description = "Write the bar chart of enterprises and workers per zone to a PNG file.")
public final class ChartCommand implements Callable<Integer> {
  @Option(names = "--out", paramLabel = "FILE", defaultValue = "stats.png",
      description = "PNG file to write (default: ${DEFAULT-VALUE}).")
  Path out;

  @Option(names = "--lang", paramLabel = "vi|en", defaultValue = "vi",
      description = "Language of the labels: vi or en (default: ${DEFAULT-VALUE}).")
  String lang;

  @Spec
  CommandSpec spec;

  private final Supplier<AnswerEngine> engine;

  /** {@code engine} is asked for only when the command runs (opening it may build the index). */
  public ChartCommand(Supplier<AnswerEngine> engine) {
    this.engine = engine;
  }

  @Override
  public Integer call() throws IOException {
    Optional<Lang> l = Lang.fromCode(lang);
    if (l.isEmpty()) {
      spec.commandLine().getErr().println("--lang: expected vi or en, got '" + lang + "'");
      return 2;
    }
    Answer stats = engine.get().topic(Topic.STATS, l.get());
    if (stats.chart().isEmpty()) {
      spec.commandLine().getErr().println("the dataset has no statistics to chart");
      return 1;
    }
    ChartData data = stats.chart().get();
    ChartRenderer renderer = new ChartRenderer();
    byte[] png = renderer.png(data);
    Path parent = out.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    Files.write(out, png);
    spec.commandLine().getOut().println("wrote " + out + " (" + renderer.width() + "x" + renderer.height() + ", "
        + png.length + " bytes)");
    return 0;
  }
}
