package vn.thuduc.coordbot.telegram;

import vn.thuduc.coordbot.answer.Lang;

/** An incoming update with what the pipeline worked out: the language to answer in and the input. */
record Request(Incoming in, Lang lang, String args) {
  long chatId() {
    return in.chatId();
  }

  long userId() {
    return in.userId();
  }
}
