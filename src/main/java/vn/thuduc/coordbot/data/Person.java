package vn.thuduc.coordbot.data;

import java.util.List;

/** A person named in the source, with the titles the source gives. */
public record Person(
    String id, String name, String meeting, List<String> roles, List<String> titlesVi,
    List<String> titlesEn, String source) {
  public Person {
    roles = roles == null ? List.of() : List.copyOf(roles);
    titlesVi = titlesVi == null ? List.of() : List.copyOf(titlesVi);
    titlesEn = titlesEn == null ? List.of() : List.copyOf(titlesEn);
  }
}
