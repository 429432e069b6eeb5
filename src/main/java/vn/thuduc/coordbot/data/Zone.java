package vn.thuduc.coordbot.data;

import java.util.List;

/** An export processing zone, industrial park or hi-tech park, with the names people use for it. */
public record Zone(
    String id, ZoneKind kind, String nameVi, String nameEn, String shortVi, String shortEn,
    List<String> aliases, String source) {
  public Zone {
    aliases = aliases == null ? List.of() : List.copyOf(aliases);
  }
}
