package vn.thuduc.coordbot.data;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A coordination regulation between two Party committees, reviewed or signed at a meeting. */
public record Agreement(
    String id, String meeting, String action, int fromYear, int toYear,
    @JsonProperty("party_a_vi") String partyAVi,
    @JsonProperty("party_a_en") String partyAEn,
    @JsonProperty("party_b_vi") String partyBVi,
    @JsonProperty("party_b_en") String partyBEn,
    String source) {
  public boolean signed() {
    return "signed".equals(action);
  }
}
