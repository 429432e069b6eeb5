package vn.thuduc.coordbot.telegram.transport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Duration;
import okhttp3.Interceptor;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Honours {@code 429 Too Many Requests} on the long-poll client: waits exactly {@code retry_after}
 * seconds (capped), then asks again, a bounded number of times. TelegramBots' poller would only
 * apply its own back-off, which may be shorter than Telegram demands.
 */
public final class RetryAfterInterceptor implements Interceptor {
  private static final Logger log = LoggerFactory.getLogger(RetryAfterInterceptor.class);
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final long PEEK_BYTES = 64 * 1024;

  private final BotApi.Sleeper sleeper;
  private final Duration maxWait;
  private final int maxTries;

  public RetryAfterInterceptor(BotApi.Sleeper sleeper, Duration maxWait, int maxTries) {
    this.sleeper = sleeper;
    this.maxWait = maxWait;
    this.maxTries = maxTries;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Response response = chain.proceed(chain.request());
    for (int tryNo = 1; response.code() == 429 && tryNo < maxTries; tryNo++) {
      Duration wait = retryAfter(response);
      response.close();
      log.warn("getUpdates: 429 Too Many Requests, waiting {} s as asked", wait.toSeconds());
      try {
        sleeper.sleep(wait);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new InterruptedIOException("interrupted while waiting for retry_after");
      }
      response = chain.proceed(chain.request());
    }
    return response;
  }

  /** {@code parameters.retry_after} from the body (1 s when missing), at most {@code maxWait}. */
  public Duration retryAfter(Response response) {
    long seconds = 1;
    try {
      ResponseBody peek = response.peekBody(PEEK_BYTES);
      JsonNode after = JSON.readTree(peek.string()).path("parameters").path("retry_after");
      if (after.canConvertToLong() && after.asLong() > 0) {
        seconds = after.asLong();
      }
    } catch (IOException | RuntimeException e) {
      log.debug("429 without a readable retry_after: {}", e.toString());
    }
    Duration wait = Duration.ofSeconds(seconds);
    return wait.compareTo(maxWait) > 0 ? maxWait : wait;
  }
}
