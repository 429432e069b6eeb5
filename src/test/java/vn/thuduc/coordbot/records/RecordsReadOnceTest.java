package vn.thuduc.coordbot.records;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.thuduc.coordbot.data.DatasetLoader;

/**
 * Applying a dry run uses the text the dry run extracted (extracting each original twice was a third of
 * the import's time in {@code bench --records}), and what it serves is what reading the files again gives.
 */
class RecordsReadOnceTest {
  @Test
  void aRememberedDraftIsServedAsReadAndEqualsTheFilesReadAfresh() throws Exception {
    DatasetLoader.Loaded shipped = new DatasetLoader().load(Path.of("config", "data"));
    RecordDraft d = RecordImporter.draft("notes.txt", "Ghi chú họp ngày 5/7/2025\n\nBàn về an toàn lao động trong các khu."
        .getBytes(StandardCharsets.UTF_8), new RecordImporter.Options(Optional.of(LocalDate.of(2025, 7, 5)),
            Optional.empty(), Optional.empty()), shipped.dataset(), new HashSet<>());
    Map<String, byte[]> files = RecordImporter.add(shipped.files(), List.of(d), shipped.dataset());
    Map<String, MeetingRecord> read = new HashMap<>();
    RecordFiles.remember(files, List.of(d), read);
    MeetingRecord served = RecordFiles.load(files, read).stream().filter(r -> r.id().equals(d.card().id()))
        .findFirst().orElseThrow();
    assertThat(served.passages()).isSameAs(d.passages());
    MeetingRecord afresh = RecordFiles.load(files).stream().filter(r -> r.id().equals(d.card().id()))
        .findFirst().orElseThrow();
    assertThat(served).isEqualTo(afresh);
  }
}
