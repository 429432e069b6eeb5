package vn.thuduc.coordbot.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.thuduc.coordbot.answer.Answer;
import vn.thuduc.coordbot.answer.AnswerEngine;
import vn.thuduc.coordbot.answer.ChartData;
import vn.thuduc.coordbot.lang.Lang;
import vn.thuduc.coordbot.answer.Topic;
import vn.thuduc.coordbot.app.Coordbot;
import vn.thuduc.coordbot.data.DataException;
import vn.thuduc.coordbot.chart.ChartRenderer;

/** {@code coordbot chart}: writes the statistics bar chart (the one /stats sends) to a PNG file. */
@Command(name = "chart", mixinStandardHelpOptions = true,
    description = "Write the bar chart of enterprises and workers per zone to a PNG file.")
final class ChartCommand implements Callable<Integer> {
  @Option(names = "--out", paramLabel = "FILE", defaultValue = "stats.png",
      description = "PNG file to write (default: ${DEFAULT-VALUE}).")
  Path out;

  @Option(names = "--lang", paramLabel = "vi|en", defaultValue = "vi",
      description = "Language of the labels: vi or en (default: ${DEFAULT-VALUE}).")
  String lang;

  private final Launch launch;

  ChartCommand(Launch launch) {
    this.launch = launch;
  }

  @Override
  public Integer call() throws IOException, DataException {
    Optional<Lang> l = Lang.fromCode(lang);
    if (l.isEmpty()) {
      launch.err().println("--lang: expected vi or en, got '" + lang + "'");
      return 2;
    }
    try (Coordbot app = launch.open()) {
      return write(app.engine(), l.get());
    }
  }

  /** Draws the statistics chart of {@code engine} in {@code lang} into {@link #out}. */
  int write(AnswerEngine engine, Lang lang) throws IOException {
    Answer stats = engine.topic(Topic.STATS, lang);
    if (stats.chart().isEmpty()) {
      launch.err().println("the dataset has no statistics to chart");
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
    launch.out().println("wrote " + out + " (" + renderer.width() + "x" + renderer.height() + ", "
        + png.length + " bytes)");
    return 0;
  }
}
