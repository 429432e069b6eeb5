package vn.thuduc.coordbot.records;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The records being served, switched whole with each dataset version (like the engine's snapshot):
 * readers take {@link #records()} once per question and see one version throughout.
 */
public final class RecordShelf {
  /** One version's records, newest event first, with passages by index id. */
  public record Shelf(List<MeetingRecord> records, Map<String, RecordPassage> passages) {
    static final Shelf EMPTY = new Shelf(List.of(), Map.of());

    public Optional<MeetingRecord> record(String id) {
      return records.stream().filter(r -> r.id().equals(id)).findFirst();
    }
  }

  /** A shelf as it is (a class, not a lambda: made at every start of ask, where a lambda is a class made then). */
  private record Fixed(Shelf shelf) implements Supplier<Shelf> {
    @Override
    public Shelf get() {
      return shelf;
    }
  }

  private volatile Supplier<Shelf> shelf = new Fixed(Shelf.EMPTY);

  /** Serves {@code records} from now on. */
  public void use(List<MeetingRecord> records) {
    shelf = new Fixed(shelve(records));
  }

  /**
   * Serves the records {@code reading} gives, read when a question first needs them: the stored
   * cards are YAML, and parsing them (Jackson's object mapping) cost a start more than answering a
   * question that is not about the records. A failed read fails that question and is tried again.
   */
  public void use(Supplier<List<MeetingRecord>> reading) {
    shelf = new Supplier<>() {
      private Shelf read;

      @Override
      public synchronized Shelf get() {
        if (read == null) {
          read = shelve(reading.get());
        }
        return read;
      }
    };
  }

  public Shelf current() {
    return shelf.get();
  }

  private static Shelf shelve(List<MeetingRecord> records) {
    List<MeetingRecord> sorted = records.stream().sorted(newestFirst()).toList();
    Map<String, RecordPassage> byId = sorted.stream().flatMap(r -> r.passages().stream())
        .collect(Collectors.toUnmodifiableMap(RecordPassage::indexId, Function.identity(), (a, b) -> a));
    return new Shelf(sorted, byId);
  }

  /** Newest event first; records without an event date last, by id. */
  public static Comparator<MeetingRecord> newestFirst() {
    return Comparator.comparing((MeetingRecord r) -> r.card().eventDate(),
        Comparator.nullsLast(Comparator.reverseOrder())).thenComparing(MeetingRecord::id);
  }
}
