package vn.thuduc.coordbot.telegram;

import vn.thuduc.coordbot.preferences.LanguageChoice;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.methods.send.SendPhoto;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageText;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.chat.Chat;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.generics.TelegramClient;
import vn.thuduc.coordbot.answer.Answer;
import vn.thuduc.coordbot.lang.Lang;
import vn.thuduc.coordbot.lang.Messages;
import vn.thuduc.coordbot.answer.Question;
import vn.thuduc.coordbot.app.Coordbot;
import vn.thuduc.coordbot.config.Settings;
import vn.thuduc.coordbot.telegram.commands.StandardCommands;
import vn.thuduc.coordbot.telegram.inbox.UpdateLedger;
import vn.thuduc.coordbot.telegram.transport.BotApi;
import vn.thuduc.coordbot.telegram.transport.TelegramText;

/**
 * 10,000 generated hostile inputs (random Unicode with combining marks, RTL and bidi controls,
 * emoji, control characters and NUL, Lucene syntax, SQL and HTML fragments, 100 KB strings, empty
 * and blank text, bad commands and callback data) through the real answer engine and through the
 * Telegram adapter's router, commands and replier: nothing throws, every input gets a non-empty
 * reply, and every message is valid Telegram HTML of at most 4096 characters.
 */
class HostileInputIT {
  static final int INPUTS = 10_000;
  private static final Pattern TAG = Pattern.compile("<(/?)([a-zA-Z]+)[^>]*>");
  private static final Pattern ENTITY = Pattern.compile("&(amp|lt|gt|quot|#\\d+|#x[0-9a-fA-F]+);");
  private static final List<String> ALLOWED_TAGS = List.of("b", "i", "u", "s", "code", "pre", "a");
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  Path dir;

  /** What the adapter asked of the Bot API, per update. */
  private final Deque<Object> calls = new ConcurrentLinkedDeque<>();

  @Test
  void tenThousandHostileInputsGetValidNonEmptyRepliesAndNothingThrows() throws Exception {
    Settings settings = Settings.of(Map.of(Settings.ENV_INDEX_DIR, dir.resolve("index").toString(),
        Settings.ENV_DATA_DIR, Path.of("config", "data").toAbsolutePath().toString(),
        Settings.ENV_ADMIN_IDS, "9001"));
    ExecutorService reloads = Executors.newSingleThreadExecutor();
    try (Coordbot app = Coordbot.open(settings, Clock.systemUTC())) {
      BotApi api = new BotApi(recordingClient(), new BotApi.Policy(1, Duration.ofSeconds(5), Duration.ZERO,
          Duration.ZERO, Duration.ZERO), d -> { });
      Replier replier = new Replier(api);
      Messages messages = new Messages(TelegramService.TEXTS);
      Languages languages = new Languages(new LanguageChoice(app.chatState().languages(), app.engine()));
      UpdateLedger ledger = new UpdateLedger(app.chatState().processed());
      BotContext.Threads threads = new BotContext.Threads() {
        @Override
        public ExecutorService single(String name) {
          return reloads;
        }

        @Override
        public java.util.concurrent.ScheduledExecutorService scheduled(String name) {
          throw new UnsupportedOperationException("no timers in this test");
        }
      };
      Handlers handlers = new StandardCommands().build(new BotContext(settings, app.questions(), app.chatState().audit(),
          actor -> {
            throw new IllegalStateException("no reload in this test");
          }, Clock.systemUTC(), app.startedAt(), messages, replier, languages, ledger, null, Optional.empty(),
          Optional.empty(), threads));
      UpdateRouter router = new UpdateRouter(handlers, languages, messages, replier, app.chatState().audit(), settings);

      Random random = new Random(20240308);
      HostileText gen = new HostileText(random);
      int replies = 0;
      int callbacks = 0;
      int apologies = 0;
      long chars = 0;
      for (int i = 0; i < INPUTS; i++) {
        String text = gen.next(i);
        chars += text.length();
        Lang lang = random.nextBoolean() ? Lang.VI : Lang.EN;

        Answer a = app.engine().answer(Question.of(text, lang));
        assertThat(a.text()).as("engine answer to input %d", i).isNotBlank();

        long user = 100_000 + random.nextInt(50);
        boolean press = random.nextInt(20) == 0;
        String message = gen.asMessage(text);
        ObjectNode json = press
            ? Updates.press(40_000_000L + i, user, lang.code(), 77, gen.callbackData())
            : Updates.text(40_000_000L + i, user, lang.code(), message);
        Update update = JSON.treeToValue(json, Update.class);
        calls.clear();
        router.handle(update, "coord_test_bot").toCompletableFuture().get(30, TimeUnit.SECONDS);

        List<Object> made = new ArrayList<>(calls);
        if (press) {
          assertThat(made).as("input %d: the press is answered", i).anyMatch(c -> c instanceof AnswerCallbackQuery);
          callbacks++;
        } else if (!Incoming.from(update, "coord_test_bot").map(Incoming::addressed).orElse(true)) {
          assertThat(made).as("input %d: a command for another bot (/cmd@other) is left alone", i).isEmpty();
        } else {
          assertThat(made).as("input %d: a reply to %s", i, abbreviate(text))
              .anyMatch(c -> c instanceof SendMessage || c instanceof SendPhoto || c instanceof EditMessageText);
        }
        for (Object c : made) {
          String html = c instanceof SendMessage m ? m.getText() : c instanceof EditMessageText e ? e.getText()
              : c instanceof SendPhoto p ? p.getCaption() : null;
          if (html == null) {
            continue;
          }
          replies++;
          assertValidTelegramHtml(html, c instanceof SendPhoto ? TelegramText.MAX_CAPTION : TelegramText.MAX_MESSAGE,
              i, text);
          if (html.contains(messages.get(Lang.VI, "apology")) || html.contains(messages.get(Lang.EN, "apology"))) {
            apologies++;
          }
        }
      }
      System.out.printf("[figures] hostile input: %d inputs (%d KB), %d button presses, %d messages checked,"
          + " %d apologies%n", INPUTS, chars / 1024, callbacks, replies, apologies);
      assertThat(apologies).as("inputs that made a handler fail").isZero();
    } finally {
      reloads.shutdownNow();
    }
  }

  static void assertValidTelegramHtml(String html, int max, int input, String original) {
    String what = "input " + input + " (" + abbreviate(original) + ")";
    assertThat(TelegramText.render(html)).as("%s: shown text", what).isNotBlank();
    assertThat(TelegramText.render(html).length()).as("%s: length", what).isLessThanOrEqualTo(max);
    Deque<String> open = new java.util.ArrayDeque<>();
    Matcher m = TAG.matcher(html);
    int last = 0;
    while (m.find()) {
      assertPlain(html.substring(last, m.start()), what);
      String name = m.group(2).toLowerCase(java.util.Locale.ROOT);
      assertThat(ALLOWED_TAGS).as("%s: tag <%s>", what, name).contains(name);
      if (m.group(1).isEmpty()) {
        open.push(name);
      } else {
        assertThat(open).as("%s: </%s> closes an open tag", what, name).isNotEmpty();
        assertThat(open.pop()).as("%s: tags nest", what).isEqualTo(name);
      }
      last = m.end();
    }
    assertPlain(html.substring(last), what);
    assertThat(open).as("%s: every tag is closed", what).isEmpty();
  }

  private static void assertPlain(String text, String what) {
    assertThat(text).as("%s: no raw < or >", what).doesNotContain("<").doesNotContain(">");
    String withoutEntities = ENTITY.matcher(text).replaceAll("");
    assertThat(withoutEntities).as("%s: every & starts an entity", what).doesNotContain("&");
  }

  private static String abbreviate(String s) {
    String shown = s.length() > 60 ? s.substring(0, 60) + "…(" + s.length() + ")" : s;
    StringBuilder sb = new StringBuilder();
    shown.codePoints().forEach(cp -> {
      if (Character.isISOControl(cp)) {
        sb.append(String.format("\\u%04x", cp));
      } else {
        sb.appendCodePoint(cp);
      }
    });
    return sb.toString();
  }

  private TelegramClient recordingClient() {
    return (TelegramClient) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {TelegramClient.class},
        (proxy, method, args) -> {
          if (method.getDeclaringClass() == Object.class) {
            return method.getName().equals("toString") ? "recording client" : method.invoke(this, args);
          }
          Object arg = args == null || args.length == 0 ? null : args[0];
          calls.add(arg);
          if (arg instanceof SendMessage || arg instanceof EditMessageText || arg instanceof SendPhoto) {
            Message m = new Message();
            m.setMessageId(1);
            m.setDate((int) (System.currentTimeMillis() / 1000));
            m.setChat(new Chat(1L, "private"));
            return CompletableFuture.completedFuture(m);
          }
          return CompletableFuture.completedFuture(Boolean.TRUE);
        });
  }
}
