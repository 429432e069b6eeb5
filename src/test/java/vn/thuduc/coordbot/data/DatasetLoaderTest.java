package vn.thuduc.coordbot.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class DatasetLoaderTest {
  private static final Map<String, byte[]> REAL = new HashMap<>();

  @BeforeAll
  static void readRealFiles() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("config", "data"))) {
      for (Path p : files.filter(Files::isRegularFile).toList()) {
        REAL.put(p.getFileName().toString(), Files.readAllBytes(p));
      }
    }
  }

  private static Map<String, byte[]> with(String file, String content) {
    Map<String, byte[]> m = new HashMap<>(REAL);
    m.put(file, content.getBytes(StandardCharsets.UTF_8));
    return m;
  }

  private static String text(String file) {
    return new String(REAL.get(file), StandardCharsets.UTF_8);
  }

  @Test
  void theRealDatasetHasEverythingTheSourceSays() throws DataException {
    Dataset ds = new DatasetLoader().load(Path.of("config", "data")).dataset();
    assertThat(ds.zones()).hasSize(5);
    assertThat(ds.zoneStats()).extracting(ZoneStat::workers).containsExactly(8127L, 53000L, 38807L, 25312L, 1448L);
    assertThat(ds.zoneStats()).extracting(ZoneStat::enterprises).containsExactly(97L, 162L, 31L, 30L, 8L);
    assertThat(ds.areaStats()).singleElement().satisfies(a -> {
      assertThat(a.enterprises()).isEqualTo(328);
      assertThat(a.workers()).isEqualTo(126694);
      assertThat(a.enterpriseSharePct()).isEqualByComparingTo("0.64");
      assertThat(a.workerSharePct()).isEqualByComparingTo("51.21");
    });
    assertThat(ds.industries()).hasSize(7);
    assertThat(ds.people()).extracting(Person::name)
        .containsExactly("Nguyễn Phước Hưng", "Cao Văn Minh", "Võ Cao Sơn", "Nguyễn Nghĩa Hiệp");
    assertThat(ds.agreements()).filteredOn(Agreement::signed).extracting(Agreement::fromYear).containsOnly(2024);
    assertThat(ds.awards()).extracting(Award::count).containsExactly(20, 6);
    assertThat(ds.awards()).allSatisfy(a -> assertThat(a.recipients()).isEmpty());
    assertThat(ds.sources()).singleElement().extracting(Source::author).isEqualTo("Đình Quân");
  }

  @Test
  void aBadNumberIsRejectedWithItsLine() {
    String csv = text("zone_stats.csv").replace("linh-trung-1,2024-03-08,31,38807", "linh-trung-1,2024-03-08,31,38.807");
    assertThatThrownBy(() -> new DatasetLoader().load(with("zone_stats.csv", csv)))
        .isInstanceOf(DataException.class)
        .hasMessageStartingWith("zone_stats.csv:4: bad number '38.807' in column 'workers'");
  }

  @Test
  void aMissingColumnIsRejected() {
    String csv = text("zone_stats.csv").replace("zone,as_of,enterprises,workers,source", "zone,as_of,enterprises,source")
        .replaceAll(",(\\d+),thanhuy", ",thanhuy");
    assertThatThrownBy(() -> new DatasetLoader().load(with("zone_stats.csv", csv)))
        .hasMessageStartingWith("zone_stats.csv:1: missing column 'workers'");
  }

  @Test
  void aDuplicateIdIsRejectedAtTheSecondRecord() {
    String yaml = text("zones.yaml").replace("- id: binh-chieu", "- id: cat-lai");
    assertThatThrownBy(() -> new DatasetLoader().load(with("zones.yaml", yaml)))
        .isInstanceOf(DataException.class)
        .satisfies(e -> {
          DataException d = (DataException) e;
          assertThat(d.file()).isEqualTo("zones.yaml");
          assertThat(d.reason()).isEqualTo("duplicate id 'cat-lai'");
          assertThat(text("zones.yaml").split("\n")[d.line() - 1]).contains("- id: binh-chieu");
        });
  }

  @Test
  void aStatisticOfAnUnknownZoneIsRejected() {
    String csv = text("zone_stats.csv") + "tan-binh,2024-03-08,1,2,thanhuy-2024-03-08\n";
    assertThatThrownBy(() -> new DatasetLoader().load(with("zone_stats.csv", csv)))
        .hasMessageStartingWith("zone_stats.csv:7: field 'zone' names 'tan-binh', which is not defined");
  }

  @Test
  void totalsThatDisagreeWithTheZonesAreRejected() {
    String yaml = text("area_stats.yaml").replace("workers: 126694", "workers: 126695");
    assertThatThrownBy(() -> new DatasetLoader().load(with("area_stats.yaml", yaml)))
        .hasMessageContaining("area_stats.yaml:4: totals 328 enterprises / 126695 workers differ");
  }

  @Test
  void aFileThatIsNotUtf8IsRejectedWithTheLineOfTheBadByte() {
    Map<String, byte[]> m = new HashMap<>(REAL);
    byte[] latin1 = "# zones\n- id: x\n  name_vi: Kh\u00f4ng\n".getBytes(StandardCharsets.ISO_8859_1);
    m.put("zones.yaml", latin1);
    assertThatThrownBy(() -> new DatasetLoader().load(m))
        .hasMessageStartingWith("zones.yaml:3: not UTF-8 text");
  }

  @Test
  void anUnknownFieldAndAWrongTypeAreRejectedWithTheirLines() {
    String unknown = text("industries.yaml").replace("{id: wood,", "{id: wood, colour: red,");
    assertThatThrownBy(() -> new DatasetLoader().load(with("industries.yaml", unknown)))
        .hasMessageMatching("industries\\.yaml:\\d+: unknown field 'colour'");
    String wrongType = text("awards.yaml").replace("count: 20", "count: twenty");
    assertThatThrownBy(() -> new DatasetLoader().load(with("awards.yaml", wrongType)))
        .hasMessageMatching("awards\\.yaml:\\d+: .*count.*");
  }

  @Test
  void brokenYamlIsRejectedWithItsLine() {
    String yaml = text("people.yaml").replace("  roles: [attendee]\n", "  roles: [attendee\n");
    assertThatThrownBy(() -> new DatasetLoader().load(with("people.yaml", yaml)))
        .isInstanceOf(DataException.class).hasMessageMatching("people\\.yaml:\\d+: .+");
  }

  @Test
  void theThreeRequiredFilesMustBeThereAndTheOthersMayBeLeftOut() throws DataException {
    for (String required : new String[] {"sources.yaml", "zones.yaml", "zone_stats.csv"}) {
      Map<String, byte[]> m = new HashMap<>(REAL);
      m.remove(required);
      assertThatThrownBy(() -> new DatasetLoader().load(m)).as(required)
          .hasMessageStartingWith(required + ":0: missing");
    }
    Map<String, byte[]> m = new HashMap<>(REAL);
    m.remove("points.yaml");
    assertThat(new DatasetLoader().load(m).dataset().points()).isEmpty();
  }
}
