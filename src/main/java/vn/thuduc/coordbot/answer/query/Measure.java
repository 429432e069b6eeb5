package vn.thuduc.coordbot.answer.query;

/** A figure the data has for each zone, or one derived from them. */
public enum Measure {
  ENTERPRISES("enterprises"),
  WORKERS("workers"),
  WORKERS_PER_ENTERPRISE("workers_per_enterprise");

  private final String code;

  Measure(String code) {
    this.code = code;
  }

  public String code() {
    return code;
  }
}
