package vn.thuduc.coordbot.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import vn.thuduc.coordbot.data.DataException;

class UploadedDatasetTest {
  private static final byte[] CSV = "zone,as_of,enterprises,workers,source\n".getBytes(StandardCharsets.UTF_8);

  @Test
  void aSingleDatasetFileReplacesOnlyThatFile() throws DataException {
    UploadedDataset u = UploadedDataset.read("zone_stats.csv", CSV);
    assertThat(u.whole()).isFalse();
    assertThat(u.files()).containsOnlyKeys("zone_stats.csv");
  }

  @Test
  void aFileThatIsNotPartOfTheDatasetIsRejectedByName() {
    assertThatThrownBy(() -> UploadedDataset.read("photo.jpg", CSV)).isInstanceOf(DataException.class)
        .hasMessageStartingWith("photo.jpg:0: not a dataset file");
  }

  @Test
  void aZipNamedAsATextFileIsRejected() throws IOException {
    byte[] zip = zip(Map.of("zone_stats.csv", CSV));
    assertThatThrownBy(() -> UploadedDataset.read("zone_stats.csv", zip)).hasMessageContaining("zip archive");
  }

  @Test
  void aZipIsTheWholeDatasetAndFoldersInsideItAreFlattened() throws Exception {
    UploadedDataset u = UploadedDataset.read("data.zip", zip(Map.of("data/zone_stats.csv", CSV,
        "data/zones.yaml", "[]".getBytes(StandardCharsets.UTF_8), "__MACOSX/data/._zones.yaml", new byte[3])));
    assertThat(u.whole()).isTrue();
    assertThat(u.files()).containsOnlyKeys("zone_stats.csv", "zones.yaml");
  }

  @Test
  void aZipEntryThatClimbsOutOfTheDirectoryIsRejected() throws IOException {
    byte[] zip = zip(Map.of("../../etc/zone_stats.csv", CSV));
    assertThatThrownBy(() -> UploadedDataset.read("evil.zip", zip)).hasMessageContaining("unsafe path");
    byte[] absolute = zip(Map.of("/tmp/zone_stats.csv", CSV));
    assertThatThrownBy(() -> UploadedDataset.read("evil.zip", absolute)).hasMessageContaining("unsafe path");
  }

  @Test
  void aZipBombIsStoppedAtTheUnpackedLimitWhateverItsHeadersSay() throws IOException {
    byte[] zeros = new byte[UploadedDataset.MAX_UNPACKED + 1];
    byte[] bomb = zip(Map.of("points.yaml", zeros));
    assertThat(bomb.length).isLessThan(UploadedDataset.MAX_UPLOAD);
    assertThatThrownBy(() -> UploadedDataset.read("bomb.zip", bomb)).hasMessageContaining("unpacks to more than");
  }

  @Test
  void anUploadOverTheSizeLimitIsRejected() {
    assertThatThrownBy(() -> UploadedDataset.read("zone_stats.csv", new byte[UploadedDataset.MAX_UPLOAD + 1]))
        .hasMessageContaining("too large");
  }

  @Test
  void aZipWithUnknownFilesIsRejectedNamingThem() throws IOException {
    byte[] zip = zip(Map.of("zone_stats.csv", CSV, "run.sh", CSV));
    assertThatThrownBy(() -> UploadedDataset.read("d.zip", zip)).hasMessageStartingWith("run.sh:0:");
  }

  private static byte[] zip(Map<String, byte[]> entries) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream z = new ZipOutputStream(out)) {
      for (var e : entries.entrySet()) {
        z.putNextEntry(new ZipEntry(e.getKey()));
        z.write(e.getValue());
        z.closeEntry();
      }
    }
    return out.toByteArray();
  }
}
