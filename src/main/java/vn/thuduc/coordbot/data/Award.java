package vn.thuduc.coordbot.data;

import java.util.List;

/** Awards of one kind to one kind of recipient (collectives or individuals) at a meeting. */
public record Award(
    String id, String meeting, String awardVi, String awardEn, String givenByVi, String givenByEn,
    String recipientKind, int count, String reasonVi, String reasonEn, int fromYear, int toYear,
    List<String> recipients, String source) {
  public Award {
    recipients = recipients == null ? List.of() : List.copyOf(recipients);
  }

  public boolean collective() {
    return "collective".equals(recipientKind);
  }
}
