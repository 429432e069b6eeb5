package vn.thuduc.coordbot.data;

import java.util.List;

/**
 * A place a worker can get legal help (a legal-aid office, a trade union, a hotline), from the
 * optional {@code contacts.yaml}; {@code zones} empty means it serves every zone.
 */
public record Contact(String name, String kind, String phone, String address, String hours, List<String> zones,
    String source) {
  public Contact {
    zones = zones == null ? List.of() : List.copyOf(zones);
  }

  /** True when the contact serves zone {@code zoneId}. */
  public boolean serves(String zoneId) {
    return zones.isEmpty() || zones.contains(zoneId);
  }

  /** One plain line: name (kind): phone, address, hours. */
  public String describe() {
    StringBuilder sb = new StringBuilder(name);
    if (kind != null && !kind.isBlank()) {
      sb.append(" (").append(kind.strip()).append(')');
    }
    String sep = ": ";
    for (String part : new String[] {phone, address, hours}) {
      if (part != null && !part.isBlank()) {
        sb.append(sep).append(part.strip());
        sep = "; ";
      }
    }
    return sb.toString();
  }
}
