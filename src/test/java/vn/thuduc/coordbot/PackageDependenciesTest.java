package vn.thuduc.coordbot;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The layers of architecture.md, read from the sources: a package names only the packages it may use
 * (imports and fully qualified names alike, comments left out).
 */
class PackageDependenciesTest {
  private static final Path SOURCES = Path.of("src/main/java/vn/thuduc/coordbot");
  private static final Pattern NAMED = Pattern.compile("vn\\.thuduc\\.coordbot\\.([a-z]+)");
  private static final Pattern COMMENTS = Pattern.compile("(?s)/\\*.*?\\*/|//[^\n]*");

  private static final Map<String, Set<String>> MAY_USE = Map.ofEntries(
      Map.entry("text", Set.of()),
      Map.entry("lang", Set.of("text")),
      Map.entry("data", Set.of()),
      Map.entry("figures", Set.of("data")),
      Map.entry("config", Set.of()),
      Map.entry("metrics", Set.of()),
      Map.entry("identity", Set.of()),
      Map.entry("search", Set.of("data", "text")),
      Map.entry("records", Set.of("data", "search", "text")),
      Map.entry("answer", Set.of("data", "figures", "search", "records", "lang", "text")),
      Map.entry("store", Set.of("identity")));

  static Stream<String> layers() {
    return MAY_USE.keySet().stream().sorted();
  }

  static Stream<String> channels() {
    return Stream.of("chat", "console", "telegram", "web", "zalo");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("layers")
  void aPackageUsesOnlyTheLayersBelowIt(String pkg) throws IOException {
    Set<String> used = named(pkg);
    assertThat(used).as("packages %s names", pkg)
        .allMatch(u -> MAY_USE.get(pkg).contains(u.substring(0, u.indexOf(' '))));
  }

  /** Runtime state is reached through services (chatstate, preferences, inbound ...), never the tables. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("channels")
  void aChannelReachesStateOnlyThroughServicesNeverTheStore(String pkg) throws IOException {
    assertThat(named(pkg)).as("packages %s names", pkg).noneMatch(u -> u.startsWith("store "));
  }

  private static Set<String> named(String pkg) throws IOException {
    Set<String> used = new TreeSet<>();
    try (Stream<Path> files = Files.walk(SOURCES.resolve(pkg))) {
      for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
        String code = COMMENTS.matcher(Files.readString(f, StandardCharsets.UTF_8)).replaceAll("");
        Matcher m = NAMED.matcher(code);
        while (m.find()) {
          if (!m.group(1).equals(pkg)) {
            used.add(m.group(1) + " (" + SOURCES.relativize(f) + ")");
          }
        }
      }
    }
    return used;
  }
}
