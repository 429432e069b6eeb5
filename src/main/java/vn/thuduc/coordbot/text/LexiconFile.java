package vn.thuduc.coordbot.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * One vocabulary file of the lexicon on the classpath ({@code query/*.tsv}, {@code query/*.txt}): its
 * lines without comments and blanks, each with its line number for a {@code file:line} error.
 */
public final class LexiconFile {
  /** A line of the file and where it is. */
  public record Line(String file, int number, String text) {
    /** An error naming the file and the line. */
    public IllegalStateException error(String what) {
      return new IllegalStateException(file + ":" + number + ": " + what);
    }
  }

  private LexiconFile() {}

  /** The lines of {@code path} (a classpath resource) that are neither blank nor comments ({@code #}). */
  public static List<Line> lines(String path) {
    List<Line> out = new ArrayList<>();
    try (InputStream in = LexiconFile.class.getClassLoader().getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException(path + " missing from the classpath");
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      int n = 0;
      for (String line; (line = r.readLine()) != null; ) {
        n++;
        if (!line.isBlank() && !line.startsWith("#")) {
          out.add(new Line(path, n, line));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return List.copyOf(out);
  }
}
