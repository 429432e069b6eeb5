package vn.thuduc.coordbot.chat;

import java.util.Objects;

/**
 * A button under a reply, as data: what it says and what pressing it sends back as the person's
 * message (a question, or a command such as {@code /tuvan}); each channel draws it its own way.
 */
public record Button(String label, String sends) {
  public Button {
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(sends, "sends");
  }
}
