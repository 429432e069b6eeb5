package vn.thuduc.coordbot.cli;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import vn.thuduc.coordbot.app.Coordbot;
import vn.thuduc.coordbot.config.Settings;
import vn.thuduc.coordbot.data.DataException;

/** What every subcommand starts from: the environment, the config file, the clock and the streams. */
public final class Launch {
  private final Map<String, String> env;
  private final Path configFile;
  private final Clock clock;
  private final InputStream in;
  private final PrintWriter out;
  private final PrintWriter err;

  public Launch(Map<String, String> env, Path configFile, Clock clock, InputStream in, OutputStream out,
      OutputStream err) {
    this.env = Map.copyOf(env);
    this.configFile = configFile;
    this.clock = clock;
    this.in = in;
    this.out = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true);
    this.err = new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true);
  }

  public Settings settings() {
    return Settings.load(configFile, env);
  }

  /** Opens the bot's state; the caller closes it. */
  public Coordbot open() throws DataException {
    return open(settings());
  }

  /** Opens the bot's state as {@code settings} say (read from this launch); the caller closes it. */
  public Coordbot open(Settings settings) throws DataException {
    IndexDir.check(settings.indexDir());
    return Coordbot.open(settings, clock);
  }

  /** Opens the bot's state without importing changed data files (the reload command does that). */
  public Coordbot openForReload() throws DataException {
    Settings settings = settings();
    IndexDir.check(settings.indexDir());
    return Coordbot.openForReload(settings, clock);
  }

  public Clock clock() {
    return clock;
  }

  /** Standard input as bytes, for a reader that decodes it itself ({@code ask --jsonl} tells bad UTF-8 apart). */
  public InputStream stdin() {
    return in;
  }

  public BufferedReader in() {
    return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
  }

  public PrintWriter out() {
    return out;
  }

  public PrintWriter err() {
    return err;
  }

  public Map<String, String> env() {
    return env;
  }
}
