package vn.thuduc.coordbot.zalo;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.thuduc.coordbot.advice.AdviceService;
import vn.thuduc.coordbot.answer.Answer;
import vn.thuduc.coordbot.lang.Lang;
import vn.thuduc.coordbot.lang.Messages;
import vn.thuduc.coordbot.answer.Question;
import vn.thuduc.coordbot.chart.ChartRenderer;
import vn.thuduc.coordbot.chat.Button;
import vn.thuduc.coordbot.chat.CommandBook;
import vn.thuduc.coordbot.chat.FloodGate;
import vn.thuduc.coordbot.identity.Identity;
import vn.thuduc.coordbot.preferences.LanguageChoice;
import vn.thuduc.coordbot.questions.Asked;
import vn.thuduc.coordbot.questions.Asker;
import vn.thuduc.coordbot.questions.Questions;

/**
 * What a Zalo user's event does: text is a question for the engine, asked in that user's
 * conversation (follow-ups build on it), or a command typed as text ({@code /help}, {@code /new},
 * {@code /lang en}, {@code /tuvan ...}); a follow is welcomed; a sticker or a photo gets a note that
 * the bot reads text only. Answers go out with their choices and the "ask an adviser" offer as
 * buttons, and their chart as an image.
 */
final class ZaloBot {
  /** A command's work for one event. */
  @FunctionalInterface
  interface Handler {
    void run(Turn turn, String args) throws ZaloException;
  }

  private static final int MAX_QUESTION = 2000;

  private final Questions questions;
  private final LanguageChoice languages;
  private final ZaloAdvice advice;
  private final ZaloSender sender;
  private final ChartRenderer charts;
  private final FloodGate<String> flood;
  private final Messages texts;
  private final CommandBook<Handler> commands = new CommandBook<>();

  ZaloBot(Questions questions, LanguageChoice languages, ZaloAdvice advice, ZaloSender sender, ChartRenderer charts,
      FloodGate<String> flood, Messages texts) {
    this.questions = questions;
    this.languages = languages;
    this.advice = advice;
    this.sender = sender;
    this.charts = charts;
    this.flood = flood;
    this.texts = texts;
    commands
        .add((t, a) -> say(t, "help"), "help", "start", "huongdan")
        .add(this::startOver, "new", "moi")
        .add(this::lang, "lang", "ngonngu")
        .add(advice::ask, "tuvan", "advice")
        .add(advice::followUp, "hoithem", "followup")
        .add(advice::close, "dong", "close")
        .add(advice::vote, "danhgia", "vote")
        .add(advice::tickets, "phieu", "tickets")
        .add((t, a) -> advice.forget(t), "xoa", "forget");
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
    Optional<CommandBook.Typed> typed = CommandBook.Typed.of(text);
    Turn turn = new Turn(who, languages.reply(who, null, typed.map(CommandBook.Typed::args).filter(a -> !a.isBlank())
        .orElse(text)), e.key());
    if (typed.isPresent()) {
      Optional<Handler> h = commands.find(typed.get().name());
      if (h.isEmpty()) {
        say(turn, "unknown", "/" + (typed.get().name().length() > 32 ? typed.get().name().substring(0, 32)
            : typed.get().name()));
        return;
      }
      if (!typed.get().name().equals("tuvan") && !typed.get().name().equals("advice")) {
        advice.cancelAwait(who);
      }
      h.get().run(turn, typed.get().args());
      return;
    }
    if (advice.awaitsQuestion(who)) {
      advice.ask(turn, text);
      return;
    }
    ask(turn, text);
  }

  /** A question for the engine, in the user's conversation; the answer with its buttons and chart. */
  private void ask(Turn turn, String text) throws ZaloException {
    Asked asked = questions.ask(Asker.of(turn.who()), Question.of(text, turn.lang())
        .inConversation(conversation(turn.who())));
    Answer a = asked.answer();
    List<Button> buttons = new ArrayList<>();
    if (!a.choices().isEmpty()) {
      a.choices().forEach(c -> buttons.add(new Button(c, c)));
    } else if (AdviceService.offersAdviser(a) && advice.available()) {
      buttons.add(new Button(texts.get(a.lang(), "button.adviser"), "/tuvan " + (text.length() > 900
          ? text.substring(0, 900) : text)));
    }
    sender.text(turn.userId(), a.text(), buttons);
    if (a.chart().isPresent()) {
      var chart = a.chart().get().inLang(a.lang());
      sender.image(turn.userId(), charts.png(chart), chart.title());
    }
  }

  private void startOver(Turn turn, String args) throws ZaloException {
    questions.engine().forget(conversation(turn.who()));
    say(turn, "new.done");
  }

  private void lang(Turn turn, String args) throws ZaloException {
    Optional<Lang> l = Lang.fromCode(args.strip().toLowerCase(java.util.Locale.ROOT));
    if (l.isEmpty()) {
      say(turn, "lang.usage");
      return;
    }
    languages.choose(turn.who(), l.get());
    say(new Turn(turn.who(), l.get(), turn.key()), "lang.done");
  }

  /** One conversation per Zalo user: their follow-ups build on their own earlier questions. */
  static String conversation(Identity who) {
    return "zalo:" + who.id();
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
