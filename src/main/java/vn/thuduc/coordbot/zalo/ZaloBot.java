package vn.thuduc.coordbot.zalo;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.thuduc.coordbot.advice.AdviceService;
import vn.thuduc.coordbot.answer.Answer;
import vn.thuduc.coordbot.chart.ChartRenderer;
import vn.thuduc.coordbot.chat.Button;
import vn.thuduc.coordbot.chat.ChatCommands;
import vn.thuduc.coordbot.chat.CommandRegistry;
import vn.thuduc.coordbot.chat.ConversationKeys;
import vn.thuduc.coordbot.chat.FloodGate;
import vn.thuduc.coordbot.chat.Replies;
import vn.thuduc.coordbot.chat.Route;
import vn.thuduc.coordbot.chat.Turn;
import vn.thuduc.coordbot.identity.Identity;
import vn.thuduc.coordbot.lang.Lang;
import vn.thuduc.coordbot.lang.Messages;
import vn.thuduc.coordbot.preferences.LanguageChoice;
import vn.thuduc.coordbot.questions.Asker;
import vn.thuduc.coordbot.questions.Questions;

/**
 * What a Zalo user's event does: text is a command typed as text or a question, run by the commands
 * every chat channel shares ({@link ChatCommands}: questions in the user's conversation, {@code /new},
 * {@code /lang}, the topics) and Zalo's own ({@code /help}, legal advice: {@code /tuvan ...}); a
 * follow is welcomed; a sticker or a photo gets a note that the bot reads text only. This class draws
 * the replies for Zalo: plain text, choices and the "ask an adviser" offer as buttons, a chart as an image.
 */
final class ZaloBot implements Replies<ZaloException> {
  private static final int MAX_QUESTION = 2000;

  private final LanguageChoice languages;
  private final ZaloAdvice advice;
  private final ZaloSender sender;
  private final ChartRenderer charts;
  private final FloodGate<String> flood;
  private final Messages texts;
  private final ChatCommands<ZaloException> commands;

  ZaloBot(Questions questions, LanguageChoice languages, ZaloAdvice advice, ZaloSender sender, ChartRenderer charts,
      FloodGate<String> flood, Messages texts) {
    this.languages = languages;
    this.advice = advice;
    this.sender = sender;
    this.charts = charts;
    this.flood = flood;
    this.texts = texts;
    this.commands = new ChatCommands<>(new ChatCommands.Parts(questions, Asker::of, ConversationKeys::of,
        languages::choose), this)
        .add((t, a) -> say(t, "help"), "help", "start", "huongdan")
        .add(advice::ask, "tuvan", "advice")
        .add(advice::followUp, "hoithem", "followup")
        .add(advice::close, "dong", "close")
        .add(advice::vote, "danhgia", "vote")
        .add(advice::tickets, "phieu", "tickets")
        .add((t, a) -> advice.forget(t), "xoa", "forget")
        .button(Route.Advice.class, route -> (t, a) -> advice.press(t, route));
  }

  /** Answers one event (the caller keeps each user's events in order). */
  void handle(ZaloEvent e) throws ZaloException {
    Identity who = Identity.zalo(e.userId());
    if (e.isFollow()) {
      Lang lang = languages.chosen(who).orElse(Lang.VI);
      say(new Turn(who, lang, e.key()), "welcome");
      return;
    }
    if (!e.isText() && !e.isNotText()) {
      return; // seen, received, unfollow, the OA's own messages: acknowledged, nothing to say
    }
    FloodGate.Verdict verdict = flood.admit(e.userId());
    if (verdict != FloodGate.Verdict.PASS) {
      if (verdict == FloodGate.Verdict.NOTICE) {
        say(new Turn(who, languages.chosen(who).orElse(Lang.VI), e.key()), "flood");
      }
      return;
    }
    if (e.isNotText()) {
      say(new Turn(who, languages.chosen(who).orElse(Lang.VI), e.key()), "text.only");
      return;
    }
    String text = e.text().strip();
    if (text.isEmpty()) {
      return;
    }
    if (text.length() > MAX_QUESTION) {
      text = text.substring(0, Character.isHighSurrogate(text.charAt(MAX_QUESTION - 1)) ? MAX_QUESTION - 1
          : MAX_QUESTION);
    }
    Optional<CommandRegistry.Typed> typed = CommandRegistry.Typed.of(text);
    Turn turn = new Turn(who, languages.reply(who, null, typed.map(CommandRegistry.Typed::args).filter(a -> !a.isBlank())
        .orElse(text)), e.key());
    if (typed.isPresent() && !typed.get().name().equals("tuvan") && !typed.get().name().equals("advice")) {
      advice.cancelAwait(who);
    }
    if (typed.isEmpty() && advice.awaitsQuestion(who)) {
      advice.ask(turn, text);
      return;
    }
    Optional<Route> pressed = ZaloButtons.read(text);
    if (pressed.isPresent()) {
      commands.press(turn, pressed.get());
      return;
    }
    commands.handle(turn, text);
  }

  @Override
  public void text(Turn turn, String text) throws ZaloException {
    sender.text(turn.userId(), text, List.of());
  }

  /** An engine's answer with its choices (or the adviser offer) as buttons and its chart as an image. */
  @Override
  public void answer(Turn turn, Answer a, String asked) throws ZaloException {
    List<Button> buttons = new ArrayList<>();
    if (!a.choices().isEmpty()) {
      a.choices().forEach(c -> buttons.add(new Button(c, c)));
    } else if (!asked.isBlank() && AdviceService.offersAdviser(a) && advice.available()) {
      buttons.add(new Button(texts.get(a.lang(), "button.adviser"), "/tuvan " + (asked.length() > 900
          ? asked.substring(0, 900) : asked)));
    }
    sender.text(turn.userId(), a.text(), buttons);
    if (a.chart().isPresent()) {
      var chart = a.chart().get().inLang(a.lang());
      sender.image(turn.userId(), charts.png(chart), chart.title());
    }
  }

  /** The apology when an event could not be answered. */
  void apologise(ZaloEvent e) throws ZaloException {
    Identity who = Identity.zalo(e.userId());
    say(new Turn(who, languages.chosen(who).orElse(Lang.VI), e.key()), "apology");
  }

  private void say(Turn turn, String key, Object... args) throws ZaloException {
    sender.text(turn.userId(), texts.get(turn.lang(), key, args), List.of());
  }
}
