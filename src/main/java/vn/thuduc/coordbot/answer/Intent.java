package vn.thuduc.coordbot.answer;

import java.util.List;
import java.util.Set;
import vn.thuduc.coordbot.data.Person;
import vn.thuduc.coordbot.data.Zone;
import vn.thuduc.coordbot.data.ZoneKind;
import vn.thuduc.coordbot.search.PassageIndex;

/** What a question asks for, with the entities it needs. Each intent has a stable name for logs. */
sealed interface Intent {
  String name();

  /** A zone's card: both figures, kind, names. */
  record ZoneCard(Zone zone) implements Intent {
    public String name() {
      return "zone_card";
    }
  }

  /** Figures of one or more named zones. */
  record ZoneMetric(List<Zone> zones, Set<Metric> metrics) implements Intent {
    public String name() {
      return "zone_metric";
    }
  }

  /** The zones in the data. */
  record ZoneList(ZoneGroup group) implements Intent {
    public String name() {
      return "zone_list";
    }
  }

  /** How many zones of each kind. */
  record ZoneCount(Set<ZoneKind> kinds) implements Intent {
    public String name() {
      return "zone_count";
    }
  }

  /** Sum over a group of zones (all five: the stated totals). */
  record Total(ZoneGroup group, Set<Metric> metrics, List<Zone> zones) implements Intent {
    public String name() {
      return "total";
    }
  }

  /** The five zones' shares of all enterprises and workers in Thu Duc City, as the source states. */
  record AreaShare(Set<Metric> metrics) implements Intent {
    public String name() {
      return "share";
    }
  }

  /** A zone's (or a group's) share of the five zones' total. */
  record ZoneShare(List<Zone> zones, Set<Metric> metrics, ZoneGroup of) implements Intent {
    public String name() {
      return "zone_share";
    }
  }

  /** Zones ordered by a metric; {@code direction} 1 = most first, -1 = fewest, 0 = the full ranking. */
  record Rank(Set<Metric> metrics, int direction, ZoneGroup group) implements Intent {
    public String name() {
      return "rank";
    }
  }

  /** Two or more zones side by side. */
  record Compare(List<Zone> zones, Set<Metric> metrics) implements Intent {
    public String name() {
      return "compare";
    }
  }

  /** How much two zones differ. */
  record Difference(Zone a, Zone b, Set<Metric> metrics) implements Intent {
    public String name() {
      return "difference";
    }
  }

  /** Workers per enterprise in zones or a group. */
  record Average(List<Zone> zones, ZoneGroup group) implements Intent {
    public String name() {
      return "average";
    }
  }

  /** The industries of the enterprises. */
  record Industries() implements Intent {
    public String name() {
      return "industries";
    }
  }

  /** A question about the meeting; {@code aspect} says which part. */
  record MeetingInfo(MeetingAspect aspect) implements Intent {
    public String name() {
      return "meeting";
    }
  }

  /** Who a person is. */
  record PersonInfo(List<Person> people) implements Intent {
    public String name() {
      return "person";
    }
  }

  /** Who holds a title. */
  record TitleHolder(List<Person> people) implements Intent {
    public String name() {
      return "person";
    }
  }

  /** Labour-law outreach; {@code pointIds} narrow it to topics, empty = all commitments. */
  record Law(List<String> pointIds) implements Intent {
    public String name() {
      return "law";
    }
  }

  /** The awards; {@code names} when the question asks who the recipients are. */
  record Awards(boolean names, boolean giver) implements Intent {
    public String name() {
      return "awards";
    }
  }

  /** Where the facts come from. */
  record SourceInfo(boolean author) implements Intent {
    public String name() {
      return "source";
    }
  }

  /** What the bot can answer. */
  record Help() implements Intent {
    public String name() {
      return "help";
    }
  }

  /** The date the statistics are as of. */
  record AsOf() implements Intent {
    public String name() {
      return "as_of";
    }
  }

  /** Thanks from the user. */
  record Thanks() implements Intent {
    public String name() {
      return "thanks";
    }
  }

  /** An open question answered by the best passages of the index. */
  record Search(List<PassageIndex.Hit> hits) implements Intent {
    public String name() {
      return "search";
    }
  }

  /** A zone that is not in the data. */
  record ZoneNotFound(String asTyped) implements Intent {
    public String name() {
      return "zone_not_found";
    }
  }

  /** Nothing the bot knows. */
  record Unknown() implements Intent {
    public String name() {
      return "unknown";
    }
  }

  /** Parts of the meeting a question can ask about. */
  enum MeetingAspect {
    OVERVIEW,
    WHEN,
    WHERE,
    REGULATIONS,
    ORGANISER,
    ATTENDEES,
    REVIEWED,
    SIGNED,
    SPEECH,
    PURPOSE
  }
}
