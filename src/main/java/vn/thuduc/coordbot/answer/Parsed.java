package vn.thuduc.coordbot.answer;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import vn.thuduc.coordbot.data.Person;
import vn.thuduc.coordbot.data.Zone;
import vn.thuduc.coordbot.data.ZoneKind;

/**
 * What the understanding made of a question: its language, its normalised words, and the entities
 * and features found in it.
 *
 * @param words folded words, abbreviations expanded, typos corrected
 * @param zones the zones named, in the order named, without repeats
 * @param unknownZone a zone-like name that is not in the data ("KCN Tân Bình"), as typed
 * @param group a group of zones named as a whole (both EPZs, all five)
 * @param kindsAsked kinds of zone whose number is asked ("how many industrial parks")
 * @param titleHolders people whose title the question names (who is the Head of ...)
 * @param pointIds speech points or aims whose keywords the question uses
 * @param unknownPlace a place name the data does not know ("Quận 1", "Bình Dương")
 * @param kindsNamed kinds of zone named without a zone ("which industrial park ...")
 */
record Parsed(
    String text,
    Lang lang,
    List<String> words,
    List<Zone> zones,
    Optional<String> unknownZone,
    Optional<ZoneGroup> group,
    Set<ZoneKind> kindsAsked,
    boolean zoneCountAsked,
    List<Person> people,
    List<Person> titleHolders,
    Set<Feature> features,
    Set<Metric> metrics,
    List<String> pointIds,
    int contentWords,
    Optional<String> unknownPlace,
    Set<ZoneKind> kindsNamed) {

  boolean has(Feature f) {
    return features.contains(f);
  }

  boolean hasAny(Feature... fs) {
    for (Feature f : fs) {
      if (features.contains(f)) {
        return true;
      }
    }
    return false;
  }

  Set<Metric> metricsOrBoth() {
    return metrics.isEmpty() ? EnumSet.allOf(Metric.class) : metrics;
  }
}
