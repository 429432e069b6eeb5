package vn.thuduc.coordbot.telegram.commands;

import java.util.List;
import java.util.Optional;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;
import vn.thuduc.coordbot.advice.AdviceService;
import vn.thuduc.coordbot.advice.Contacts;
import vn.thuduc.coordbot.answer.Answer;
import vn.thuduc.coordbot.lang.Lang;
import vn.thuduc.coordbot.data.Contact;
import vn.thuduc.coordbot.telegram.Incoming;
import vn.thuduc.coordbot.chat.Route;
import vn.thuduc.coordbot.telegram.InlineButtons;

/**
 * What an answer offers of legal advice: the "ask an adviser" button under personal legal problems,
 * law answers and not-found answers (private chats, when tickets are on), and the contacts that serve
 * the answer's zone, appended to law and advice answers.
 */
final class AdviceOffers {
  private final Optional<AdviceService> service;
  private final AdviceTexts texts;
  private final Contacts contacts;

  AdviceOffers(Optional<AdviceService> service, AdviceTexts texts, Contacts contacts) {
    this.service = service;
    this.texts = texts;
    this.contacts = contacts;
  }

  /** The "ask an adviser" button under an answer in a private chat ({@code questionId} 0: ask for it). */
  Optional<InlineKeyboardRow> row(Incoming in, Lang lang, Answer a, long questionId) {
    if (service.isEmpty() || !in.privateChat() || !offersAdviser(a)) {
      return Optional.empty();
    }
    return Optional.of(new InlineKeyboardRow(InlineButtons.of(
        new Route.Advice('q', Math.max(0, questionId), false), texts.get(lang, "button.ask"))));
  }

  /** Personal legal problems, law answers and not-found answers offer a person. */
  static boolean offersAdviser(Answer a) {
    return AdviceService.offersAdviser(a);
  }

  /**
   * The contacts serving the answer's zone, as plain text to append to law answers; empty when none.
   * Answers to a worker's own problem (intent {@code advice}) name the contacts themselves.
   */
  String extra(Answer a) {
    if (!"law".equals(a.intent())) {
      return "";
    }
    return contactsText(a.lang(), a.zoneIds());
  }

  String contactsText(Lang lang, List<String> zoneIds) {
    List<Contact> list = contacts.serving(zoneIds);
    if (list.isEmpty()) {
      return "";
    }
    StringBuilder sb = new StringBuilder("\n\n")
        .append(texts.get(lang, "contacts.header").replaceAll("<[^>]+>", ""));
    for (Contact c : list) {
      sb.append("\n• ").append(c.describe());
    }
    return sb.toString();
  }
}
