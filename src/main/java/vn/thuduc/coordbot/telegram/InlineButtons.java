package vn.thuduc.coordbot.telegram;

import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import vn.thuduc.coordbot.chat.Route;

/** A chat-layer {@link Route} drawn as a Telegram inline button: its encoding is the callback data. */
public final class InlineButtons {
  private InlineButtons() {}

  /** A button labelled {@code label} that presses {@code route}. */
  public static InlineKeyboardButton of(Route route, String label) {
    return InlineKeyboardButton.builder().text(label).callbackData(route.encode()).build();
  }
}
