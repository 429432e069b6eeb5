package vn.thuduc.coordbot;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import vn.thuduc.coordbot.config.Settings;

/** A private copy of the real dataset for a test that edits, imports or reloads it. */
public final class TestDatasets {
  private TestDatasets() {}

  /** Copies {@code config/data} to {@code dir/data} (kept when it is already there) and returns that path. */
  public static Path copyInto(Path dir) throws IOException {
    Path data = dir.resolve("data");
    if (Files.isDirectory(data)) {
      return data;
    }
    Files.createDirectories(data);
    try (Stream<Path> files = Files.list(Path.of("config", "data"))) {
      for (Path f : files.toList()) {
        Files.copy(f, data.resolve(f.getFileName()));
        if (Files.isDirectory(f)) {
          // the records folder: its originals and cards
          try (Stream<Path> inner = Files.list(f)) {
            for (Path g : inner.toList()) {
              Files.copy(g, data.resolve(f.getFileName()).resolve(g.getFileName()));
            }
          }
        }
      }
    }
    return data;
  }

  /** Settings whose index is {@code dir/index} and whose dataset is a copy in {@code dir/data}. */
  public static Settings settingsIn(Path dir) throws IOException {
    return Settings.of(Map.of(Settings.ENV_INDEX_DIR, dir.resolve("index").toString(),
        Settings.ENV_DATA_DIR, copyInto(dir).toString()));
  }
}
