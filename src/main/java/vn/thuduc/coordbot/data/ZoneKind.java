package vn.thuduc.coordbot.data;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** The three kinds of zone in the data. */
public enum ZoneKind {
  EPZ("epz"),
  IP("ip"),
  HTP("htp");

  private final String code;

  ZoneKind(String code) {
    this.code = code;
  }

  @JsonValue
  public String code() {
    return code;
  }

  @JsonCreator
  public static ZoneKind fromCode(String code) {
    for (ZoneKind k : values()) {
      if (k.code.equals(code == null ? null : code.trim().toLowerCase(Locale.ROOT))) {
        return k;
      }
    }
    throw new IllegalArgumentException("unknown zone kind '" + code + "' (expected epz, ip or htp)");
  }
}
