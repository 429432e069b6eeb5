package vn.thuduc.coordbot.text;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;

/**
 * The JSON reader for what clients send (the web API, {@code ask --jsonl}): one value and nothing
 * after it ({@code {"question":"x"} xyz} is an error), and a key twice is an error rather than "the
 * last one wins".
 */
public final class StrictJson {
  /** Thread-safe and immutable, as Jackson's readers are. */
  public static final ObjectReader READER = new ObjectMapper()
      .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
      .reader().with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  private StrictJson() {}
}
