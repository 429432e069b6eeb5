package vn.thuduc.coordbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * README's example statistics questions and conversation follow-ups are all in the tables whose answers the tests check ({@code queries.tsv}:
 * the query and whether it is answered; {@code followups.tsv}: the query and the answer's words).
 */
class ReadmeStatisticsExamplesTest {
  private static final List<String> STATISTICS_ROWS = List.of("| a zone's figures or card |", "| totals and shares |",
      "| rankings, comparisons, averages |", "| yes or no, charts |");

  @Test
  void everyStatisticsExampleOfTheReadmeHasItsAnswerChecked() throws IOException {
    List<String> examples = new ArrayList<>();
    boolean typing = false;
    boolean conversations = false;
    for (String line : Files.readAllLines(Path.of("README.md"))) {
      conversations = line.startsWith("### Conversations") || conversations && !line.startsWith("#");
      if (conversations) {
        // the conversation section's follow-ups, except single words ("nó", "it") and patterns ("top 3 …")
        Matcher m = Pattern.compile("“([^”…]+ [^”…]+)”").matcher(line);
        while (m.find()) {
          examples.add(m.group(1));
        }
      }
      typing |= line.startsWith("Examples of questions it answers");
      if (STATISTICS_ROWS.stream().anyMatch(line::startsWith) || typing && line.contains("“")) {
        Matcher m = Pattern.compile("“([^”]+)”").matcher(line);
        while (m.find()) {
          examples.add(m.group(1));
        }
      }
      typing &= !line.startsWith("|");
    }
    examples.add("TP Thủ Đức có bao nhiêu khu công nghiệp?");
    examples.add("danh sách các khu");
    List<String> checked = new ArrayList<>();
    for (String table : List.of("/queries.tsv", "/followups.tsv")) {
      String text = new String(getClass().getResourceAsStream(table).readAllBytes(), StandardCharsets.UTF_8);
      text.lines().filter(l -> !l.startsWith("#") && l.contains("\t")).forEach(l -> checked.add(l.split("\t")[0]));
    }
    assertThat(examples).hasSizeGreaterThanOrEqualTo(15);
    assertThat(checked).containsAll(examples);
  }
}
