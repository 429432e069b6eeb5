package vn.thuduc.coordbot.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import vn.thuduc.coordbot.lang.Lang;
import vn.thuduc.coordbot.metrics.Metrics;
import vn.thuduc.coordbot.text.StrictJson;

/**
 * What every web handler reads from a request and writes to a response: the page's language, the
 * client's address, a JSON body within the size limit, and JSON, error and HTML responses written
 * whole.
 */
final class Http {
  static final int MAX_BODY = 16 * 1024;
  static final String LANG_COOKIE = "cb_lang";

  private Http() {}

  /** The page's language: {@code ?lang=}, else the cookie the switch set, else Vietnamese. */
  static Lang pageLang(Context ctx) {
    String q = langParam(ctx);
    if (q != null && Lang.fromCode(q).isPresent()) {
      return Lang.fromCode(q).get();
    }
    return Lang.fromCode(ctx.cookie(LANG_COOKIE)).orElse(Lang.VI);
  }

  /**
   * The {@code ?lang=} parameter, or null; a request without a query string (every API call) is not
   * handed to Javalin's parser of all parameters.
   */
  static String langParam(Context ctx) {
    return ctx.queryString() == null ? null : ctx.queryParam("lang");
  }

  /** The client's address: see {@link Clients}. */
  static String clientAddress(Context ctx) {
    return Clients.address(ctx);
  }

  /** True when the body is an HTML form's (the page without JavaScript posts one). */
  static boolean isForm(Context ctx) {
    String type = ctx.contentType();
    return type != null && type.toLowerCase(java.util.Locale.ROOT).startsWith("application/x-www-form-urlencoded");
  }

  /**
   * The request body as a JSON object, read up to {@link #MAX_BODY} bytes; on a bad body the error
   * (413 too large, 400 not JSON) is already sent and the result is empty.
   */
  static Optional<JsonNode> jsonBody(Context ctx, ObjectMapper json, WebText text, Metrics metrics, Lang lang) {
    long declared = ctx.req().getContentLengthLong();
    if (declared > MAX_BODY) {
      metrics.rejected("web", "too_large");
      error(ctx, json, 413, "too_large", text.get(lang, "error.too_large"));
      return Optional.empty();
    }
    byte[] body = ctx.req().getAttribute(BodyGate.BODY) instanceof byte[] b ? b : read(ctx);
    if (body.length > MAX_BODY) {
      metrics.rejected("web", "too_large");
      error(ctx, json, 413, "too_large", text.get(lang, "error.too_large"));
      return Optional.empty();
    }
    try {
      JsonNode n = StrictJson.READER.readTree(body);
      if (n != null && n.isObject()) {
        return Optional.of(n);
      }
    } catch (IOException e) {
      // falls through to the 400 below; the body itself is never logged
    }
    metrics.rejected("web", "bad_json");
    error(ctx, json, 400, "bad_json", text.get(lang, "error.bad_json"));
    return Optional.empty();
  }

  /** A body that {@link BodyGate} did not keep (none was declared): read from the stream, which never waits. */
  private static byte[] read(Context ctx) {
    try (InputStream in = ctx.req().getInputStream()) {
      return in.readNBytes(MAX_BODY + 1);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** True when the JVM can decode {@code charset} (a request's {@code Content-Type} charset; null: none given). */
  static boolean knownCharset(String charset) {
    try {
      return charset == null || Charset.isSupported(charset);
    } catch (IllegalCharsetNameException e) {
      return false;
    }
  }

  /** True unless {@code query} has a {@code %} that is not followed by two hex digits (null: no query). */
  static boolean wellEncoded(String query) {
    if (query == null) {
      return true;
    }
    for (int i = query.indexOf('%'); i >= 0; i = query.indexOf('%', i + 1)) {
      if (i + 2 >= query.length() || Character.digit(query.charAt(i + 1), 16) < 0
          || Character.digit(query.charAt(i + 2), 16) < 0) {
        return false;
      }
    }
    return true;
  }

  static void error(Context ctx, ObjectMapper json, int status, String code, String message) {
    json(ctx, status, g -> {
      g.writeStringField("error", code);
      g.writeStringField("message", message);
    });
  }

  /** The JSON error body {@code {"error": code, "message": message}}, for answers written outside a route. */
  static byte[] errorBytes(String code, String message) {
    JsonBuffer b = JsonBuffer.local();
    try {
      b.object(g -> {
        g.writeStringField("error", code);
        g.writeStringField("message", message);
      });
      return b.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes a JSON object straight from {@code fields} with a streaming generator into the thread's
   * buffer, then to the response: no tree of nodes, no serializer lookup per request.
   */
  static void json(Context ctx, int status, JsonBuffer.Fields fields) {
    ctx.status(status);
    ctx.header("Cache-Control", "no-store");
    ctx.contentType("application/json; charset=utf-8");
    JsonBuffer b = JsonBuffer.local();
    try {
      b.object(fields);
      ctx.res().setContentLength(b.size());
      b.writeTo(ctx.res().getOutputStream());
    } catch (IOException e) {
      throw new UncheckedIOException(e); // the client went away
    }
  }

  static void json(Context ctx, ObjectMapper json, int status, Object body) {
    try {
      ctx.status(status);
      ctx.header("Cache-Control", "no-store");
      ctx.contentType("application/json; charset=utf-8");
      send(ctx, json.writeValueAsBytes(body));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a JSON tree always serialises", e);
    }
  }

  /**
   * Writes a whole body straight to the response (headers must be set before): Javalin's
   * {@code result(bytes)} copies it through a fresh stream and buffer, the largest allocation of a
   * request. The response completes when its length is written.
   */
  private static void send(Context ctx, byte[] body) {
    try {
      ctx.res().setContentLength(body.length);
      ctx.res().getOutputStream().write(body);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // the client went away
    }
  }

  static void html(Context ctx, String page) {
    ctx.header("Cache-Control", "no-store");
    ctx.contentType("text/html; charset=utf-8");
    send(ctx, page.getBytes(StandardCharsets.UTF_8));
  }
}
