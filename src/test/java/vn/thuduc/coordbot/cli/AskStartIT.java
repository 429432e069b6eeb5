package vn.thuduc.coordbot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a one-question {@code ask} of the packaged jar loads, from the JVM's class-loading log: a
 * statistics question is answered from the dataset without the libraries that made the start slow
 * (picocli's model of every command, Jackson's object mapper, YAML, Lucene's index, the SQLite
 * driver's platform probe). A question about the records still reads them. (The bytecode verifier
 * may load a class a method names without running any of it: hence the classes that do the work, not
 * their packages.)
 */
class AskStartIT {
  private static final Path JAR = Path.of("target", "coordbot.jar").toAbsolutePath();
  private static final String FIGURE = "{\"question\": \"KCX Linh Trung có bao nhiêu lao động?\"}\n";
  private static final String RECORDS = "{\"question\": \"Có những biên bản, bài viết nào?\"}\n";

  @TempDir Path tmp;

  @Test
  void aStatisticsQuestionLoadsNeitherPicocliNorObjectMappingNorYamlNorLuceneNorTheDriversProbe() throws Exception {
    ask(FIGURE, "first.log", true); // imports the data and builds the index
    List<String> classes = ask(FIGURE, "second.log", true);

    assertThat(classes).filteredOn(c -> c.startsWith("vn.thuduc.coordbot.answer.")).isNotEmpty();
    assertThat(classes).noneMatch(c -> c.startsWith("picocli."))
        .noneMatch(c -> c.equals("com.fasterxml.jackson.databind.ObjectMapper"))
        .noneMatch(c -> c.startsWith("org.yaml.snakeyaml."))
        .doesNotContain("org.apache.lucene.store.MMapDirectory", "org.apache.lucene.index.SegmentInfos",
            "org.apache.lucene.index.DirectoryReader", "org.apache.lucene.codecs.Codec",
            "org.apache.lucene.analysis.Analyzer")
        .noneMatch(c -> c.equals("org.sqlite.util.OSInfo"));
  }

  @Test
  void aStatisticsQuestionParsesNoLoggingXmlLoadsNoUnicodeNormaliserAndSeedsNoSecureRandom() throws Exception {
    ask(FIGURE, "first.log", true);
    List<String> classes = ask(FIGURE, "second.log", true);

    assertThat(classes).contains("vn.thuduc.coordbot.text.FoldTable")
        .doesNotContain("ch.qos.logback.classic.joran.JoranConfigurator",
            "ch.qos.logback.core.joran.GenericXMLConfigurator")
        // ICU's data, loaded by java.text.Normalizer (folding goes through text.FoldTable)
        .doesNotContain("jdk.internal.icu.impl.NormalizerImpl")
        // the user-hash salt is read when someone is first hashed, and made only when there is none
        .doesNotContain("java.security.SecureRandom", "sun.security.provider.SecureRandom");
  }

  @Test
  void aStatisticsQuestionSpinsNoLambdaOfOursAndHashesNoDataFileWhenTheyAreAsStamped() throws Exception {
    ask(FIGURE, "first.log", true); // imports the data; the files' checksum is stamped (they are older than 2 s)
    List<String> classes = ask(FIGURE, "second.log", true);

    assertThat(tmp.resolve("index").resolve("data-files.stamp")).isRegularFile();
    // each lambda or method reference is a class made at its first use: 124 of ours were, a tenth of a cold ask
    assertThat(classes).as("lambdas on the way of a statistics question (write a loop or a class)")
        .filteredOn(c -> c.startsWith("vn.thuduc.coordbot.") && c.contains("$$Lambda$"))
        .isEmpty();
    // a record's own equals, hashCode and toString are method handles made at their first call (about 15 ms the
    // first time): a record compared or hashed on this way writes them out
    assertThat(classes).as("a record's equals, hashCode or toString made on the way of a statistics question")
        .doesNotContain("java.lang.runtime.ObjectMethods");
    assertThat(classes).doesNotContain("sun.security.provider.SHA2", "java.security.MessageDigest")
        // a log line's time comes from TimeZone, read anyway: java.time's zone provider searched the jar at exit
        .doesNotContain("java.time.zone.TzdbZoneRulesProvider");
  }

  @Test
  void ourClassesConcatenateStringsWithoutInvokedynamic() throws IOException {
    // -XDstringConcat=inline: each concatenation shape would otherwise spin method handles when first run
    List<String> indy = new ArrayList<>();
    try (Stream<Path> files = Files.walk(Path.of("target", "classes"))) {
      for (Path f : files.filter(p -> p.toString().endsWith(".class")).toList()) {
        if (new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1).contains("makeConcatWithConstants")) {
          indy.add(f.getFileName().toString());
        }
      }
    }
    assertThat(indy).isEmpty();
  }

  @Test
  void aQuestionAboutTheRecordsStillReadsThem() throws Exception {
    ask(FIGURE, "first.log", true);
    List<String> classes = ask(RECORDS, "records.log", false);

    assertThat(classes).contains("vn.thuduc.coordbot.records.RecordFiles", "com.fasterxml.jackson.databind.ObjectMapper");
    assertThat(Files.readString(tmp.resolve("out.txt"), StandardCharsets.UTF_8)).contains("\"intent\":\"records\"");
  }

  @Test
  void askWritesOnlyTheAnswersToStdoutNothingToStderrAndItsInfoLinesToTheLogFile() throws Exception {
    for (String run : List.of("first.log", "second.log")) {
      List<String> classes = ask(FIGURE + FIGURE, run, true);

      assertThat(Files.readString(tmp.resolve("err.txt"), StandardCharsets.UTF_8)).as(run).isEmpty();
      assertThat(Files.readAllLines(tmp.resolve("out.txt"), StandardCharsets.UTF_8)).as(run).hasSize(2)
          .allMatch(l -> l.startsWith("{\"question\":\"KCX Linh Trung") && l.endsWith("}"));
      // SLF4J set up with ask's own provider before any other thread could log: no logback, no stand-in loggers
      assertThat(classes).as(run).noneMatch(c -> c.startsWith("ch.qos.logback."))
          .doesNotContain("org.slf4j.helpers.SubstituteLogger");
    }
    assertThat(Files.readString(tmp.resolve("index").resolve("coordbot.log"), StandardCharsets.UTF_8))
        .contains(" INFO [main] vn.thuduc.coordbot.dataset.DataService - dataset version 1 imported by startup")
        .containsOnlyOnce("dataset version 1 imported")
        .contains(" INFO [main] vn.thuduc.coordbot.app.Coordbot - closed the index and the database");
  }

  @Test
  void theOptimisingCompilerRefusesMethodsWhileAskStarts() throws Exception {
    ask(FIGURE, "first.log", true);
    String lines = FIGURE.repeat(40);
    // -XX:+PrintCompilation writes to stdout, a line for each method compiled or refused
    ask(lines, "second.log", true, "-XX:+PrintCompilation");

    // the JVM's compiler lines share stdout with the answers and may land inside an answer's line: counted in the
    // whole text, not by line
    String out = Files.readString(tmp.resolve("out.txt"), StandardCharsets.UTF_8);
    int firstAnswer = out.indexOf("{\"question\"");
    assertThat(firstAnswer).isNotNegative();
    assertThat(out.substring(0, firstAnswer)).contains("### Excluding compile");
    assertThat(out.split("\\{\"question\"", -1)).hasSize(41); // 40 answers
    assertThat(tmp.resolve("index").resolve("native").resolve("c2-during-start.json")).isRegularFile();
  }

  /** Runs the jar's {@code ask --jsonl} on {@code line}; returns the classes it loaded, in order. */
  private List<String> ask(String line, String log, boolean answered, String... jvmOptions)
      throws IOException, InterruptedException {
    Path in = Files.writeString(tmp.resolve("in.jsonl"), line, StandardCharsets.UTF_8);
    Path classLog = tmp.resolve(log);
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xlog:class+load:file=" + classLog));
    command.addAll(List.of(jvmOptions));
    command.addAll(List.of("-jar", JAR.toString(), "ask", "--jsonl"));
    ProcessBuilder pb = new ProcessBuilder(command)
        .redirectInput(in.toFile()).redirectOutput(tmp.resolve("out.txt").toFile())
        .redirectError(tmp.resolve("err.txt").toFile());
    pb.environment().remove("TELEGRAM_BOT_TOKEN");
    pb.environment().put("COORDBOT_INDEX_DIR", tmp.resolve("index").toString());
    pb.environment().put("COORDBOT_DATA_DIR", Path.of("config", "data").toAbsolutePath().toString());
    Process p = pb.start();
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as(Files.readString(tmp.resolve("err.txt"))).isZero();
    assertThat(Files.readString(tmp.resolve("out.txt"), StandardCharsets.UTF_8)).contains("\"answered\":" + answered);
    // lines look like "[0.123s][info][class,load] java.lang.Object source: shared objects file"
    return Files.readAllLines(classLog).stream().map(l -> l.substring(l.indexOf("] ", l.lastIndexOf("[class")) + 2))
        .map(l -> l.split(" ", 2)[0]).toList();
  }
}
