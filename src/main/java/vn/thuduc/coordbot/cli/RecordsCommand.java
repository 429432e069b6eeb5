package vn.thuduc.coordbot.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vn.thuduc.coordbot.app.Coordbot;
import vn.thuduc.coordbot.data.DataException;
import vn.thuduc.coordbot.data.Dataset;
import vn.thuduc.coordbot.dataset.DataService;
import vn.thuduc.coordbot.dataset.ReloadReport;
import vn.thuduc.coordbot.dataset.StalePreviewException;
import vn.thuduc.coordbot.dataset.UploadedDataset;
import vn.thuduc.coordbot.records.DraftReport;
import vn.thuduc.coordbot.records.MeetingRecord;
import vn.thuduc.coordbot.records.RecordDraft;
import vn.thuduc.coordbot.records.RecordFiles;
import vn.thuduc.coordbot.records.RecordImporter;
import vn.thuduc.coordbot.records.RecordKind;
import vn.thuduc.coordbot.records.RecordShelf;

/**
 * {@code records add|list|remove}: meeting records on the command line. Adding and removing are dry
 * runs unless {@code --apply}; applied, they are a new dataset version like an upload (a running bot
 * on the same index directory serves it within seconds). Exit 0 done, 1 bad input (nothing changed).
 */
@Command(name = "records", description = "Meeting records: add (dry run unless --apply), list, remove.")
final class RecordsCommand implements Callable<Integer> {
  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
  private final Launch launch;

  RecordsCommand(Launch launch) {
    this.launch = launch;
  }

  @Override
  public Integer call() {
    launch.err().println("records: give add, list or remove (see --help)");
    return 1;
  }

  private static int applied(Launch launch, DataService data, Map<String, byte[]> files, List<RecordDraft> drafts,
      String what) throws DataException {
    try {
      ReloadReport r = data.apply(data.preview(new UploadedDataset(files, true), drafts), "cli");
      launch.out().printf("Applied %s: dataset version %d (%d documents).%n", what, r.version(), r.documents());
      r.changes().forEach(launch.out()::println);
      return 0;
    } catch (StalePreviewException e) {
      launch.err().println("Not applied: " + e.getMessage());
      return 1;
    }
  }

  /** {@code records add FILE...}. */
  @Command(name = "add", description = "Add meeting records (HTML, DOCX, PDF, TXT, MD): a dry run unless --apply.")
  static final class Add implements Callable<Integer> {
    private final Launch launch;
    @Parameters(arity = "1..*", paramLabel = "FILE") List<Path> files = new ArrayList<>();
    @Option(names = "--apply", description = "import the records and their statistics as a new dataset version")
    boolean apply;
    @Option(names = "--json", description = "the dry run as JSON") boolean json;
    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "the event date (wins over the text)")
    String date;
    @Option(names = "--title", paramLabel = "T", description = "the title (wins over the file's)") String title;
    @Option(names = "--kind", paramLabel = "K", description = "article|minutes|report|decision|plan") String kind;

    Add(Launch launch) {
      this.launch = launch;
    }

    @Override
    public Integer call() throws IOException {
      RecordImporter.Options options;
      try {
        options = new RecordImporter.Options(date == null ? Optional.empty() : Optional.of(LocalDate.parse(date)),
            Optional.ofNullable(title).filter(t -> !t.isBlank()), kind == null ? Optional.empty()
            : Optional.of(RecordKind.parse(kind).orElseThrow(() -> new IllegalArgumentException(
                "--kind " + kind + ": not one of " + RecordKind.names()))));
      } catch (DateTimeParseException e) {
        launch.err().println("--date " + date + ": not a date (expected YYYY-MM-DD)");
        return 1;
      } catch (IllegalArgumentException e) {
        launch.err().println(e.getMessage());
        return 1;
      }
      try (Coordbot app = launch.open()) {
        Dataset ds = app.data().dataset().orElseThrow();
        Map<String, byte[]> served = app.data().files();
        Set<String> taken = new HashSet<>(ids(served));
        List<RecordDraft> drafts = new ArrayList<>();
        for (Path f : files) {
          if (!Files.isRegularFile(f)) {
            launch.err().println(f + ": no such file");
            return 1;
          }
          drafts.add(RecordImporter.draft(f.toString(), Files.readAllBytes(f), options, ds, taken, served));
        }
        if (json) {
          Map<String, Object> out = new LinkedHashMap<>();
          out.put("applied", apply);
          out.put("records", drafts.stream().map(DraftReport::json).toList());
          launch.out().println(JSON.writeValueAsString(out));
        } else {
          drafts.forEach(d -> launch.out().print(DraftReport.text(d)));
        }
        if (!apply) {
          if (!json) {
            launch.out().println("Dry run: nothing changed. Run again with --apply to import.");
          }
          return 0;
        }
        Map<String, byte[]> next = RecordImporter.add(served, drafts, ds);
        if (json) {
          // the JSON above is the whole standard output; the version goes to the log
          app.data().apply(app.data().preview(new UploadedDataset(next, true), drafts), "cli");
          return 0;
        }
        return applied(launch, app.data(), next, drafts, drafts.size() + " record(s)");
      } catch (DataException e) {
        launch.err().println(e.file() + ": " + e.reason());
        launch.err().println("Nothing changed.");
        return 1;
      } catch (StalePreviewException e) {
        launch.err().println("Not applied: " + e.getMessage());
        return 1;
      }
    }
  }

  /** {@code records list}. */
  @Command(name = "list", description = "The records, newest event first.")
  static final class ListRecords implements Callable<Integer> {
    private final Launch launch;
    @Option(names = "--json", description = "as JSON") boolean json;

    ListRecords(Launch launch) {
      this.launch = launch;
    }

    @Override
    public Integer call() throws IOException {
      try (Coordbot app = launch.open()) {
        List<MeetingRecord> records = RecordFiles.load(app.data().files()).stream()
            .sorted(RecordShelf.newestFirst()).toList();
        if (json) {
          List<Map<String, Object>> out = new ArrayList<>();
          for (MeetingRecord r : records) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", r.id());
            m.put("event_date", String.valueOf(r.card().eventDate()));
            m.put("kind", r.card().kind());
            m.put("title", r.card().title());
            m.put("file", "records/" + r.card().file());
            m.put("site", r.card().site());
            m.put("passages", r.passages().size());
            out.add(m);
          }
          launch.out().println(JSON.writeValueAsString(out));
        } else if (records.isEmpty()) {
          launch.out().println("No records.");
        } else {
          for (MeetingRecord r : records) {
            launch.out().printf("%s  %s  %-8s  %s (%d passages)%n", r.card().eventDate(), r.id(), r.card().kind(),
                r.card().title(), r.passages().size());
          }
        }
        return 0;
      } catch (DataException e) {
        launch.err().println(e.getMessage());
        return 1;
      }
    }
  }

  /** {@code records remove ID}. */
  @Command(name = "remove", description = "Remove a record (its statistics rows stay): a dry run unless --apply.")
  static final class Remove implements Callable<Integer> {
    private final Launch launch;
    @Parameters(arity = "1", paramLabel = "ID") String id;
    @Option(names = "--apply", description = "remove it as a new dataset version") boolean apply;

    Remove(Launch launch) {
      this.launch = launch;
    }

    @Override
    public Integer call() {
      try (Coordbot app = launch.open()) {
        Map<String, byte[]> next = RecordImporter.remove(app.data().files(), id);
        launch.out().println("Would remove records/" + id + ".yaml and its original; the statistics rows that cite"
            + " it stay in the data files.");
        if (!apply) {
          launch.out().println("Dry run: nothing changed. Run again with --apply to remove it.");
          return 0;
        }
        return applied(launch, app.data(), next, List.of(), "the removal of " + id);
      } catch (DataException e) {
        launch.err().println(e.file() + ": " + e.reason());
        return 1;
      }
    }
  }

  private static Set<String> ids(Map<String, byte[]> files) {
    Set<String> out = new HashSet<>();
    for (String name : files.keySet()) {
      if (name.startsWith(RecordFiles.DIR) && name.endsWith(".yaml")) {
        out.add(name.substring(RecordFiles.DIR.length(), name.length() - 5));
      }
    }
    return out;
  }
}
