package vn.thuduc.coordbot.chat;

import vn.thuduc.coordbot.identity.Identity;
import vn.thuduc.coordbot.lang.Lang;

/**
 * One event being answered on any chat channel: who sent it, the language of the reply, and the
 * event's key (what a ticket operation is keyed by, so a redelivered event changes nothing twice).
 */
public record Turn(Identity who, Lang lang, String key) {
  public String userId() {
    return who.id();
  }

  /** The same event answered in {@code other} (after {@code /lang}). */
  public Turn in(Lang other) {
    return new Turn(who, other, key);
  }
}
