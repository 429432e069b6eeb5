package vn.thuduc.coordbot.answer.topic;

import java.util.List;

/**
 * What a question that is not about statistics asks, typed; {@link #render()} is the stable form that
 * {@code ask --jsonl} prints as {@code query}.
 */
public sealed interface TopicQuery {
  String render();

  /** The fact of the meeting a question asks for. */
  enum Aspect {
    OVERVIEW, WHEN, NEXT, WHERE, ORGANISER, CHAIR, ATTENDEES, REVIEWED, SIGNED, REGULATIONS, SPEECH, PURPOSE,
    /** Which time it was held: the source says only that it is held every year. */
    EDITION,
    /** Who signed the regulations for a party: the source names the parties, not the signers. */
    SIGNERS,
    /** How long it lasted: the source gives the morning it was held on, not its length. */
    DURATION
  }

  /** The fact of the awards a question asks for. */
  enum AwardAspect {
    ALL, COUNT, RECIPIENTS, GIVER, REASON
  }

  /** One fact of the meeting. */
  record Meeting(Aspect aspect) implements TopicQuery {
    public String render() {
      return "topic(meeting: " + aspect.name().toLowerCase(java.util.Locale.ROOT) + ")";
    }
  }

  /** A meeting on a date the data has none on ("tháng 6/2024", "năm 2025"); 0 for a part not given. */
  record NoSuchMeeting(int day, int month, int year) implements TopicQuery {
    public String render() {
      List<String> parts = new java.util.ArrayList<>();
      for (int part : new int[] {day, month, year}) {
        if (part > 0) {
          parts.add(String.valueOf(part));
        }
      }
      return "not_found(meeting " + String.join("/", parts) + ")";
    }
  }

  /**
   * The meeting numbered {@code number} ("hội nghị lần 2", "cuộc họp thứ hai trong năm", "the second meeting of 2024"),
   * of the year {@code year} (0: none named); {@code had}: how many meetings the data has then. The source numbers no
   * meeting: the data's are counted by date, and one it lacks is said so, with the ones it has.
   */
  record MeetingNumber(int number, int year, int had) implements TopicQuery {
    public String render() {
      String of = "number " + number + (year > 0 ? " of " + year : "");
      return number > had ? "not_found(meeting: " + of + ")" : "topic(meeting: " + of + ")";
    }
  }

  /** Who people are, by their ids in the dataset. */
  record Person(List<String> ids, boolean askedIfSpoke) implements TopicQuery {
    public Person {
      ids = List.copyOf(ids);
    }

    public Person(List<String> ids) {
      this(ids, false);
    }

    public String render() {
      return "topic(person: " + String.join(", ", ids) + ")";
    }
  }

  /** Who holds a title the question quotes. */
  record TitleHolder(List<String> ids) implements TopicQuery {
    public TitleHolder {
      ids = List.copyOf(ids);
    }

    public String render() {
      return "topic(title: " + String.join(", ", ids) + ")";
    }
  }

  /**
   * A post the data names nobody in ("giám đốc KCX Linh Trung"), as typed; {@code deputies}: the people it names
   * as a deputy or member of that post, said as such, never as its holder; {@code ofBoard}: they are instead the
   * people of the board the post is of ("the head of the HEPZA management board").
   */
  record NoSuchPerson(String asTyped, List<String> deputies, boolean ofBoard) implements TopicQuery {
    public NoSuchPerson {
      deputies = List.copyOf(deputies);
    }

    public NoSuchPerson(String asTyped, List<String> deputies) {
      this(asTyped, deputies, false);
    }

    public String render() {
      return "not_found(person: " + asTyped + ")";
    }
  }

  /** The points of the speech or the aims on some topics ({@code pointIds}); empty: all on labour law. */
  record Points(List<String> pointIds) implements TopicQuery {
    public Points {
      pointIds = List.copyOf(pointIds);
    }

    public String render() {
      return "topic(law: " + (pointIds.isEmpty() ? "all" : String.join(", ", pointIds)) + ")";
    }
  }

  /** The awards, at the level asked. */
  record Awards(AwardAspect aspect) implements TopicQuery {
    public String render() {
      return "topic(awards: " + aspect.name().toLowerCase(java.util.Locale.ROOT) + ")";
    }
  }

  /** Where the facts come from; {@code author} when the question asks who wrote it. */
  record Source(boolean author) implements TopicQuery {
    public String render() {
      return "topic(source" + (author ? ": author" : "") + ")";
    }
  }

  /**
   * The industries of the zones' enterprises; {@code counted}: a number of enterprises of an industry was asked,
   * which the data does not have.
   */
  record Industries(boolean counted, String zone) implements TopicQuery {
    public Industries() {
      this(false, "");
    }

    public Industries(boolean counted) {
      this(counted, "");
    }

    public String render() {
      return counted ? "no_data(industry_split)" : "topic(industries)";
    }
  }

  /** The source in short: the meeting, the zones' figures, the speech, the awards. */
  record Summary() implements TopicQuery {
    public String render() {
      return "topic(summary)";
    }
  }

  /** A greeting, thanks, "ok", goodbye or a request for help: a short reply that changes nothing. */
  record Chat(String kind) implements TopicQuery {
    public String render() {
      return "chat(" + kind + ")";
    }
  }

  /** A worker's own problem (owed wages, dismissal, overtime, insurance, a lawyer, a phone number). */
  record OwnProblem(String kind) implements TopicQuery {
    public String render() {
      return "advice(" + kind + ")";
    }
  }

  /**
   * A claim to check ("Nguyễn Phước Hưng là Bí thư Thành ủy phải không?"): the fact asked, answered after a yes
   * or a no that the data decides.
   */
  record Claim(TopicQuery asked, boolean holds) implements TopicQuery {
    public String render() {
      return "claim(" + (holds ? "yes" : "no") + ": " + asked.render() + ")";
    }
  }

  /**
   * A question that takes for granted something the source does not have ("Bằng khen của Thủ tướng", "quy chế
   * 2020–2025"), as typed: said not to be in the source, then the fact the source has.
   */
  record Premise(String asTyped, TopicQuery asked, String kind) implements TopicQuery {
    /** Something the source does not have at all. */
    public static final String NONE = "none";
    /** Regulations of a period the source has none for. */
    public static final String PERIOD = "period";
    /** When regulations the source says were reviewed were signed. */
    public static final String SIGNED = "signed";

    public String render() {
      return "premise(not_in_source: " + asTyped + "; " + asked.render() + ")";
    }
  }

  /** A person the source does not name, as typed; asked whether they attended or spoke, or who they are. */
  record UnknownPerson(String name, boolean spoke) implements TopicQuery {
    public String render() {
      return "not_found(person: " + name + ")";
    }
  }

  /** "ông ấy" after an answer that named several people: which one, offering each (an unmodifiable list). */
  record WhichPerson(List<String> ids) implements TopicQuery {
    public String render() {
      return "clarify(person)";
    }
  }

  /** How many years a period of the data lasts ("giai đoạn 2017–2023 kéo dài bao nhiêu năm"). */
  record PeriodLength(int from, int to) implements TopicQuery {
    public String render() {
      return "topic(period: " + from + "-" + to + ")";
    }
  }

  /** What abbreviations of the data's names stand for ("BQL", "HEPZA"), as the data spells them out. */
  record Abbreviations(List<DataAbbreviations.Expansion> spelled) implements TopicQuery {
    public Abbreviations {
      spelled = List.copyOf(spelled);
    }

    public String render() {
      return "topic(abbreviation: " + String.join(", ", spelled.stream().map(DataAbbreviations.Expansion::abbreviation)
          .toList()) + ")";
    }
  }

  /** A fact the source does not state ("TP Thủ Đức thuộc tỉnh nào"), by its kind. */
  record NotStated(String what, String asTyped) implements TopicQuery {
    public String render() {
      return "not_found(fact: " + what + ")";
    }
  }

  /** The photo of the source and who looked on at the signing: its caption. */
  record Caption() implements TopicQuery {
    public String render() {
      return "topic(photo)";
    }
  }
}
