package vn.thuduc.coordbot.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.thuduc.coordbot.TestDatasets;
import vn.thuduc.coordbot.data.DatasetLoader;

/**
 * The data files' checksum kept between starts: used only while every file is as it was when hashed,
 * never for files changed since (a start that used it would serve a dataset the files no longer hold).
 */
class FilesStampTest {
  @TempDir Path tmp;
  private Path data;
  private Path stampFile;

  @BeforeEach
  void copyDataset() throws IOException {
    data = TestDatasets.copyInto(tmp);
    stampFile = tmp.resolve("index").resolve("data-files.stamp");
  }

  /** A stamp whose clock is {@code ahead} of the file system's: the files look settled without waiting. */
  private FilesStamp stamp(Duration ahead) {
    return new FilesStamp(data, stampFile, Clock.fixed(Instant.now().plus(ahead), ZoneOffset.UTC));
  }

  private FilesStamp settled() {
    return stamp(Duration.ofMinutes(1));
  }

  private String hash() {
    return DatasetLoader.checksum(new DataFiles(data).read());
  }

  @Test
  void filesLeftAloneGiveTheStampedChecksumWithoutBeingRead() {
    FilesStamp s = settled();
    s.keep(s.look().orElseThrow(), hash());

    assertThat(s.checksum(s.look().orElseThrow())).contains(hash());
  }

  @Test
  void filesChangedWithinTheLastTwoSecondsAreNotStamped() throws IOException {
    FilesStamp now = stamp(Duration.ZERO); // the files were copied just now
    now.keep(now.look().orElseThrow(), hash());

    assertThat(stampFile).doesNotExist();
    assertThat(now.checksum(now.look().orElseThrow())).isEmpty();
  }

  @Test
  void aFileReplacedAsTheWebAndCommandsWriteIsHashedAgainEvenWithItsSizeAndTimeKept() throws IOException {
    FilesStamp s = settled();
    s.keep(s.look().orElseThrow(), hash());
    Path stats = data.resolve("zone_stats.csv");
    FileTime modified = Files.getLastModifiedTime(stats);
    String changed = Files.readString(stats).replace("38807", "38808");
    Path written = Files.writeString(data.resolve(".zone_stats.tmp"), changed);
    Files.setLastModifiedTime(written, modified);
    Files.move(written, stats, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);

    assertThat(Files.size(stats)).isEqualTo(changed.getBytes(java.nio.charset.StandardCharsets.UTF_8).length);
    assertThat(s.checksum(s.look().orElseThrow())).isEmpty();
  }

  @Test
  void aRecordAddedOrRemovedIsHashedAgain() throws IOException {
    FilesStamp s = settled();
    s.keep(s.look().orElseThrow(), hash());
    Path added = Files.writeString(data.resolve("records").resolve("new.txt"), "a new record");
    assertThat(s.checksum(s.look().orElseThrow())).isEmpty();

    Files.delete(added);
    assertThat(s.checksum(s.look().orElseThrow())).contains(hash());
    Files.delete(data.resolve("awards.yaml"));
    assertThat(s.checksum(s.look().orElseThrow())).isEmpty();
  }

  @Test
  void hiddenFilesOfTheRecordsFolderAreNoPartOfIt() throws IOException {
    FilesStamp s = settled();
    s.keep(s.look().orElseThrow(), hash());
    Files.writeString(data.resolve("records").resolve(".draft.swp"), "an editor's file");

    assertThat(s.checksum(s.look().orElseThrow())).contains(hash());
  }

  @Test
  void anotherDataDirectoryDoesNotTakeTheStamp() throws IOException {
    FilesStamp s = settled();
    s.keep(s.look().orElseThrow(), hash());
    Path other = tmp.resolve("other");
    Files.createDirectories(other);
    FilesStamp elsewhere = new FilesStamp(other, stampFile, Clock.systemUTC());

    assertThat(elsewhere.checksum(elsewhere.look().orElseThrow())).isEmpty();
  }

  @Test
  void aCorruptOrTruncatedStampIsIgnored() throws IOException {
    FilesStamp s = settled();
    s.keep(s.look().orElseThrow(), hash());
    java.util.List<String> lines = Files.readAllLines(stampFile);

    Files.write(stampFile, lines.subList(0, lines.size() - 1));
    assertThat(s.checksum(s.look().orElseThrow())).isEmpty();
    Files.write(stampFile, new byte[] {(byte) 0xff, (byte) 0xfe, 0, 1});
    assertThat(s.checksum(s.look().orElseThrow())).isEmpty();
    Files.writeString(stampFile, String.join("\n", lines).replace("checksum ", "sum "));
    assertThat(s.checksum(s.look().orElseThrow())).isEmpty();
  }

  @Test
  void aStampOfChangedFilesIsReplacedByTheirNewChecksum() throws IOException {
    FilesStamp s = settled();
    s.keep(s.look().orElseThrow(), hash());
    Files.delete(data.resolve("awards.yaml"));
    FilesStamp.Look now = s.look().orElseThrow();
    s.keep(now, hash());

    assertThat(s.checksum(now)).contains(hash());
  }
}
