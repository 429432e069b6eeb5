package vn.thuduc.coordbot.telegram;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import vn.thuduc.coordbot.TestDatasets;
import vn.thuduc.coordbot.app.Coordbot;
import vn.thuduc.coordbot.bench.FakeBotApi;
import vn.thuduc.coordbot.config.Settings;
import vn.thuduc.coordbot.telegram.commands.StandardCommands;
import vn.thuduc.coordbot.telegram.transport.BotApi;

/**
 * The real bot (engine, stores, a copy of the dataset in a temp dir) behind the adapter, talking to
 * a fake Bot API in the test JVM; closing stops all three.
 */
record RealBot(Path data, FakeBotApi api, Coordbot app, TelegramService bot) implements AutoCloseable {
  /** Starts it over {@code dir}; {@code dataTools} adds uploads, versions, subscriptions and feedback. */
  static RealBot start(Path dir, long admin, boolean dataTools) throws Exception {
    Path data = TestDatasets.copyInto(dir);
    FakeBotApi api = new FakeBotApi();
    Settings settings = Settings.of(Map.of(Settings.ENV_TOKEN, FakeBotApi.TOKEN, Settings.ENV_API_URL, api.url(),
        Settings.ENV_ADMIN_IDS, String.valueOf(admin), Settings.ENV_INDEX_DIR, dir.resolve("index").toString(),
        Settings.ENV_DATA_DIR, data.toString()));
    Coordbot app = Coordbot.open(settings, Clock.systemUTC());
    TelegramService.Options options = new TelegramService.Options(1, BotApi.Policy.defaults(), d -> { },
        Duration.ofMillis(50), Duration.ofSeconds(5));
    TelegramService bot = dataTools
        ? new TelegramService(new StandardCommands(), app.settings(), app.engine(), app.chatState(), app.data()::reload, app.clock(), options,
            Optional.of(app.features()))
        : new TelegramService(new StandardCommands(), app.settings(), app.engine(), app.chatState(), app.data()::reload, app.clock(), options);
    bot.start();
    return new RealBot(data, api, app, bot);
  }

  @Override
  public void close() {
    bot.close();
    app.close();
    api.close();
  }
}
