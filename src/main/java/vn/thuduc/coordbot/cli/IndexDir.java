package vn.thuduc.coordbot.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import vn.thuduc.coordbot.config.ConfigException;
import vn.thuduc.coordbot.config.Settings;

/** The runtime-state directory ({@code COORDBOT_INDEX_DIR}) checked before anything opens it. */
public final class IndexDir {
  private IndexDir() {}

  /**
   * Creates {@code dir} when missing; a path that is a file, or a directory this process cannot
   * write, is a {@link ConfigException} naming the variable (one line, exit 2).
   */
  public static void check(Path dir) {
    String name = Settings.ENV_INDEX_DIR + ": " + dir.toAbsolutePath();
    if (Files.exists(dir) && !Files.isDirectory(dir)) {
      throw new ConfigException(name + " is a file, not a directory; point it at a directory");
    }
    try {
      Files.createDirectories(dir);
    } catch (IOException | SecurityException e) {
      throw new ConfigException(name + " cannot be created (" + e.getClass().getSimpleName() + ")");
    }
    if (!Files.isWritable(dir)) {
      throw new ConfigException(name + " is not writable by this user");
    }
    Path db = dir.resolve("coordbot.db");
    if (Files.exists(db) && (!Files.isRegularFile(db) || !Files.isWritable(db))) {
      throw new ConfigException(Settings.ENV_INDEX_DIR + ": " + db.toAbsolutePath() + " is read-only for this user"
          + " (or not a file); the bot writes its state there");
    }
  }
}
