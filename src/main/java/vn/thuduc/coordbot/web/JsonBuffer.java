package vn.thuduc.coordbot.web;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * A request thread's reusable buffer for a JSON response, written with a streaming generator: the
 * length is known before the first byte goes out (no chunked encoding) and nothing is allocated per
 * request but the generator. A buffer that grew past {@link #KEEP} is dropped after use.
 */
final class JsonBuffer extends ByteArrayOutputStream {
  private static final JsonFactory FACTORY = new JsonFactory();
  private static final int KEEP = 64 * 1024;
  private static final ThreadLocal<JsonBuffer> LOCAL = ThreadLocal.withInitial(JsonBuffer::new);

  /** The fields of one JSON object, written in order. */
  @FunctionalInterface
  interface Fields {
    void write(JsonGenerator g) throws IOException;
  }

  private JsonBuffer() {
    super(4096);
  }

  /** This thread's buffer, empty. */
  static JsonBuffer local() {
    JsonBuffer b = LOCAL.get();
    if (b.buf.length > KEEP) {
      b = new JsonBuffer();
      LOCAL.set(b);
    }
    b.reset();
    return b;
  }

  /** Writes {@code {fields}} into the buffer. */
  void object(Fields fields) throws IOException {
    try (JsonGenerator g = FACTORY.createGenerator((OutputStream) this, JsonEncoding.UTF8)) {
      g.writeStartObject();
      fields.write(g);
      g.writeEndObject();
    }
  }
}
