package vn.thuduc.coordbot.telegram;

import vn.thuduc.coordbot.lang.Lang;

/** An incoming update with what the pipeline worked out: the language to answer in and the input. */
public record Request(Incoming in, Lang lang, String args) {
  public long chatId() {
    return in.chatId();
  }

  public long userId() {
    return in.userId();
  }
}
