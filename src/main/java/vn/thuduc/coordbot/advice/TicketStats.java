package vn.thuduc.coordbot.advice;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Tickets counted by ISO week (Vietnam time): opened, answered (first answer that week), closed, and
 * the median time to a first answer of the week's tickets. No text, no person: safe to export.
 */
public final class TicketStats {
  static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

  /** One week's figures; {@code medianFirstAnswer} is empty when none of its tickets was answered. */
  public record Week(String week, int opened, int answered, int closed, Optional<Duration> medianFirstAnswer) {}

  private TicketStats() {}

  /** The weeks that saw any ticket, oldest first. */
  public static List<Week> byWeek(List<Ticket> tickets) {
    Map<String, int[]> counts = new TreeMap<>();
    Map<String, List<Duration>> waits = new TreeMap<>();
    for (Ticket t : tickets) {
      String opened = week(t.openedAt());
      counts.computeIfAbsent(opened, k -> new int[3])[0]++;
      t.firstAnswerAt().ifPresent(a -> {
        counts.computeIfAbsent(week(a), k -> new int[3])[1]++;
        waits.computeIfAbsent(opened, k -> new ArrayList<>()).add(Duration.between(t.openedAt(), a));
      });
      t.closedAt().ifPresent(c -> counts.computeIfAbsent(week(c), k -> new int[3])[2]++);
    }
    List<Week> out = new ArrayList<>();
    for (Map.Entry<String, int[]> e : counts.entrySet()) {
      out.add(new Week(e.getKey(), e.getValue()[0], e.getValue()[1], e.getValue()[2],
          median(waits.getOrDefault(e.getKey(), List.of()))));
    }
    return out;
  }

  /** All tickets together: opened, answered, closed, median time to first answer. */
  public static Week total(List<Ticket> tickets) {
    List<Duration> waits = new ArrayList<>();
    int answered = 0;
    int closed = 0;
    for (Ticket t : tickets) {
      if (t.firstAnswerAt().isPresent()) {
        answered++;
        waits.add(Duration.between(t.openedAt(), t.firstAnswerAt().get()));
      }
      closed += t.closedAt().isPresent() ? 1 : 0;
    }
    return new Week("all", tickets.size(), answered, closed, median(waits));
  }

  /** The weeks as CSV (UTF-8 with BOM, for spreadsheets): week, opened, answered, closed, median hours. */
  public static byte[] csv(List<Week> weeks) {
    StringBuilder sb = new StringBuilder("\uFEFFweek,opened,answered,closed,median_hours_to_first_answer\r\n");
    for (Week w : weeks) {
      sb.append(w.week()).append(',').append(w.opened()).append(',').append(w.answered()).append(',')
          .append(w.closed()).append(',').append(w.medianFirstAnswer().map(TicketStats::hours).orElse(""))
          .append("\r\n");
    }
    return sb.toString().getBytes(StandardCharsets.UTF_8);
  }

  /** Hours with one decimal, e.g. {@code 3.5}. */
  public static String hours(Duration d) {
    return String.format(java.util.Locale.ROOT, "%.1f", d.toMinutes() / 60.0);
  }

  static String week(Instant at) {
    var date = at.atZone(VIETNAM).toLocalDate();
    return String.format(java.util.Locale.ROOT, "%d-W%02d", date.get(IsoFields.WEEK_BASED_YEAR),
        date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
  }

  static Optional<Duration> median(List<Duration> list) {
    if (list.isEmpty()) {
      return Optional.empty();
    }
    List<Duration> sorted = list.stream().sorted().toList();
    int n = sorted.size();
    return Optional.of(n % 2 == 1 ? sorted.get(n / 2) : sorted.get(n / 2 - 1).plus(sorted.get(n / 2)).dividedBy(2));
  }
}
