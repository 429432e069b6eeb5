package vn.thuduc.coordbot.chat;

import java.util.Locale;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;
import vn.thuduc.coordbot.answer.Question;
import vn.thuduc.coordbot.answer.Topic;
import vn.thuduc.coordbot.identity.Identity;
import vn.thuduc.coordbot.lang.Lang;
import vn.thuduc.coordbot.lang.Messages;
import vn.thuduc.coordbot.questions.Asker;
import vn.thuduc.coordbot.questions.Questions;

/**
 * A chat channel's commands, with those every channel shares written once: a plain text is a
 * question in the person's conversation; {@code /new} starts it over; {@code /lang vi|en} chooses the
 * language; the topics {@code /stats}, {@code /zones}, {@code /zone NAME}, {@code /meeting},
 * {@code /awards}, {@code /law}, {@code /about} answer from the engine. The channel adds its own
 * commands (help, legal advice, files) to the same {@link CommandRegistry} and draws the replies ({@link Replies}).
 */
public final class ChatCommands<X extends Exception> {
  private static final int MAX_SHOWN_NAME = 32;

  /** The parts of the shared commands that differ by channel. */
  public record Parts(Questions questions, Function<Identity, Asker> askers, Function<Identity, String> conversations,
      BiConsumer<Identity, Lang> chooseLanguage) {}

  private final Parts parts;
  private final Replies<X> replies;
  private final Messages texts = new Messages("i18n/chat");
  private final CommandRegistry<TurnHandler<X>, TurnHandler<X>> registry = new CommandRegistry<>();

  public ChatCommands(Parts parts, Replies<X> replies) {
    this.parts = parts;
    this.replies = replies;
    add(this::startOver, "new", "moi")
        .add(this::lang, "lang", "ngonngu")
        .add(this::zone, "zone", "khu")
        .add(topic(Topic.STATS), "stats", "thongke")
        .add(topic(Topic.ZONES), "zones", "cackhu")
        .add(topic(Topic.MEETING), "meeting", "hoinghi")
        .add(topic(Topic.AWARDS), "awards", "khenthuong")
        .add(topic(Topic.LAW), "law", "luat")
        .add(topic(Topic.ABOUT), "about", "gioithieu");
  }

  /**
   * Adds a channel's own command under {@code name} (listed) and its aliases (not listed), open to
   * everyone; a name already taken (a shared command's too) is refused.
   */
  public ChatCommands<X> add(TurnHandler<X> handler, String name, String... aliases) {
    registry.register(new Command<>(name, Access.EVERYONE, Command.Input.OPTIONAL, true, handler));
    for (String a : aliases) {
      registry.register(new Command<>(a, Access.EVERYONE, Command.Input.OPTIONAL, false, handler));
    }
    return this;
  }


  /** Presses of buttons of kind {@code kind} run what {@code bind} makes of the pressed route. */
  public <R extends Route> ChatCommands<X> button(Class<R> kind, Function<? super R, TurnHandler<X>> bind) {
    registry.button(kind, bind);
    return this;
  }

  /** Runs the press of {@code route}; a kind no handler takes gets the stale-button note. */
  public void press(Turn turn, Route route) throws X {
    Optional<TurnHandler<X>> h = registry.press(route);
    if (h.isEmpty()) {
      replies.text(turn, texts.get(turn.lang(), "stale"));
      return;
    }
    h.get().run(turn, "");
  }

  /** Runs {@code text}: the command it starts with (an unknown one is said so), else it is a question. */
  public void handle(Turn turn, String text) throws X {
    Optional<CommandRegistry.Typed> typed = CommandRegistry.Typed.of(text);
    if (typed.isEmpty()) {
      ask(turn, text);
      return;
    }
    String name = typed.get().name();
    Optional<Command<TurnHandler<X>>> c = registry.find(name);
    if (c.isEmpty()) {
      replies.text(turn, texts.get(turn.lang(), "unknown",
          "/" + (name.length() > MAX_SHOWN_NAME ? name.substring(0, MAX_SHOWN_NAME) : name)));
      return;
    }
    c.get().handler().run(turn, typed.get().args());
  }

  /** A question for the engine, in the person's conversation (follow-ups build on it). */
  public void ask(Turn turn, String text) throws X {
    replies.answer(turn, parts.questions().ask(parts.askers().apply(turn.who()), Question.of(text, turn.lang())
        .inConversation(parts.conversations().apply(turn.who()))).answer(), text);
  }

  private void startOver(Turn turn, String args) throws X {
    parts.questions().engine().forget(parts.conversations().apply(turn.who()));
    replies.text(turn, texts.get(turn.lang(), "new.done"));
  }

  private void lang(Turn turn, String args) throws X {
    Optional<Lang> l = Lang.parse(args);
    if (l.isEmpty()) {
      replies.text(turn, texts.get(turn.lang(), "lang.usage"));
      return;
    }
    parts.chooseLanguage().accept(turn.who(), l.get());
    replies.text(turn.in(l.get()), texts.get(l.get(), "lang.done"));
  }

  /** {@code /zone NAME}: that zone's figures as a question in the conversation; without a name, the zones. */
  private void zone(Turn turn, String args) throws X {
    if (args.isBlank()) {
      topic(Topic.ZONES).run(turn, args);
    } else {
      ask(turn, args);
    }
  }

  private TurnHandler<X> topic(Topic topic) {
    return (turn, args) -> replies.answer(turn, parts.questions().topic(parts.askers().apply(turn.who()),
        "/" + topic.name().toLowerCase(Locale.ROOT), topic, turn.lang()).answer(), "");
  }
}
