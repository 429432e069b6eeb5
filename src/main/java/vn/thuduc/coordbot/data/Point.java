package vn.thuduc.coordbot.data;

import java.util.List;

/**
 * One point of what was said or agreed: a point of a speech (with its speaker) or an aim of the
 * coordination, grouped by topic (legal_advice, law_dissemination, disputes, strikes, ...).
 */
public record Point(
    String id, String meeting, String kind, String speaker, String topic, String textVi,
    String textEn, List<String> keywordsVi, List<String> keywordsEn, String source) {
  public Point {
    keywordsVi = keywordsVi == null ? List.of() : List.copyOf(keywordsVi);
    keywordsEn = keywordsEn == null ? List.of() : List.copyOf(keywordsEn);
  }
}
