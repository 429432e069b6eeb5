package vn.thuduc.coordbot.telegram;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.objects.Document;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.inlinequery.InlineQuery;
import vn.thuduc.coordbot.chat.CommandRegistry;
import vn.thuduc.coordbot.chat.Command;

/**
 * What the router hands updates to: the {@link CommandRegistry} (commands and buttons), the command
 * plain text is (a question), and the optional handlers of uploaded files, inline queries and of
 * messages a feature takes before any command (replies in a legal-advice ticket). Built once the Bot
 * API is reachable by a {@link Factory} the composition root chooses.
 */
public final class Handlers implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(Handlers.class);

  /** Builds the bot's handlers over the parts of a started bot. */
  @FunctionalInterface
  public interface Factory {
    Handlers build(BotContext context);
  }

  /** An uploaded file. */
  @FunctionalInterface
  public interface Documents {
    CompletionStage<Void> document(Request r, Document doc) throws Exception;
  }

  /** An inline query ({@code @bot question} in any chat). */
  @FunctionalInterface
  public interface Inline {
    CompletionStage<Void> answer(InlineQuery q) throws Exception;
  }

  /** Takes a message before commands do; empty to let it go on. */
  @FunctionalInterface
  public interface Interceptor {
    Optional<CompletionStage<Void>> intercept(Incoming in, Update update) throws Exception;
  }

  private final CommandRegistry<CommandHandler, ButtonPress> registry;
  private final Command<CommandHandler> question;
  private Optional<Documents> documents = Optional.empty();
  private Optional<Inline> inline = Optional.empty();
  private Optional<Interceptor> interceptor = Optional.empty();
  private final List<AutoCloseable> closing = new ArrayList<>();

  /** {@code question}: what plain text runs (not listed in the registry). */
  public Handlers(CommandRegistry<CommandHandler, ButtonPress> registry, Command<CommandHandler> question) {
    this.registry = registry;
    this.question = question;
  }

  public Handlers documents(Documents d) {
    documents = Optional.of(d);
    return this;
  }

  public Handlers inline(Inline i) {
    inline = Optional.of(i);
    return this;
  }

  public Handlers interceptor(Interceptor i) {
    interceptor = Optional.of(i);
    return this;
  }

  /** {@code c} is closed with the bot. */
  public Handlers closing(AutoCloseable c) {
    closing.add(c);
    return this;
  }

  public CommandRegistry<CommandHandler, ButtonPress> registry() {
    return registry;
  }

  public Command<CommandHandler> question() {
    return question;
  }

  Optional<Documents> documents() {
    return documents;
  }

  Optional<Inline> inline() {
    return inline;
  }

  Optional<Interceptor> interceptor() {
    return interceptor;
  }

  @Override
  public void close() {
    for (AutoCloseable c : closing) {
      try {
        c.close();
      } catch (Exception e) {
        log.warn("closing {} failed: {}", c, e.toString());
      }
    }
  }
}
