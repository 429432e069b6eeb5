package vn.thuduc.coordbot.zalo;

import vn.thuduc.coordbot.lang.Lang;
import vn.thuduc.coordbot.identity.Identity;

/**
 * One Zalo event being answered: who sent it, the language of the reply, and the event's key (what a
 * ticket operation is keyed by, so a redelivered event changes nothing twice).
 */
record Turn(Identity who, Lang lang, String key) {
  String userId() {
    return who.id();
  }
}
