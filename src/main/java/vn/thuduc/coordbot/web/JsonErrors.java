package vn.thuduc.coordbot.web;

import java.nio.ByteBuffer;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;
import vn.thuduc.coordbot.lang.Lang;
import vn.thuduc.coordbot.metrics.Metrics;

/**
 * What the server answers where no route runs: a request that is not valid HTTP (two Content-Lengths,
 * a bad chunk size, headers over the limit, a path that climbs out with {@code ..}) and a body
 * {@link BodyGate} refuses. The API's JSON error ({@code {"error", "message"}}) instead of Jetty's
 * HTML page; never a stack trace.
 */
final class JsonErrors extends ErrorHandler {
  private static final HttpField JSON = new HttpField(HttpHeader.CONTENT_TYPE, "application/json; charset=utf-8");

  private final WebText text;
  private final Metrics metrics;
  private final int bodySeconds;

  JsonErrors(WebText text, Metrics metrics, int bodySeconds) {
    this.text = text;
    this.metrics = metrics;
    this.bodySeconds = bodySeconds;
  }

  /** The JSON error for {@code status}; {@code reason} is Jetty's, e.g. "Multiple Content-Lengths". */
  byte[] json(Lang lang, int status, String reason) {
    String code = code(status);
    metrics.rejected("web", code);
    String message = switch (status) {
      case 408 -> text.get(lang, "error.too_slow", bodySeconds);
      case 413 -> text.get(lang, "error.too_large");
      case 414, 431 -> text.get(lang, "error.too_long_head");
      case 415 -> text.get(lang, "error.encoding");
      case 404 -> text.get(lang, "error.not_found");
      default -> status >= 500 ? text.get(lang, "error.internal")
          : text.get(lang, "error.bad_request", reason == null || reason.isBlank() ? "HTTP " + status : reason);
    };
    return Http.errorBytes(code, message);
  }

  /** The JSON error for a refused body (BodyGate): 413 too large, 408 too slow, 415 compressed. */
  byte[] refusal(Request request, int status) {
    return json(lang(request), status, null);
  }

  private static String code(int status) {
    return switch (status) {
      case 408 -> "too_slow";
      case 413 -> "too_large";
      case 414 -> "uri_too_long";
      case 431 -> "headers_too_large";
      case 415 -> "unsupported_encoding";
      case 404 -> "not_found";
      case 405 -> "method_not_allowed";
      default -> status >= 500 ? "internal" : "bad_request";
    };
  }

  private static Lang lang(Request request) {
    String query = request.getHttpURI().getQuery();
    return query != null && query.contains("lang=en") ? Lang.EN : Lang.VI;
  }

  @Override
  protected void generateResponse(Request request, Response response, int code, String message, Throwable cause,
      Callback callback) {
    if (code == HttpStatus.HTTP_VERSION_NOT_SUPPORTED_505) {
      // a request line the client got wrong (HTTP/1.2, HTTP/0.9): its mistake, a 4xx like every other, not "internal"
      response.setStatus(HttpStatus.BAD_REQUEST_400);
      generateResponse(request, response, HttpStatus.BAD_REQUEST_400,
          "HTTP version not supported (HTTP/1.1 and 1.0 are)", cause, callback);
      return;
    }
    response.getHeaders().put(JSON);
    response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
    response.write(true, ByteBuffer.wrap(json(lang(request), code, message)), callback);
  }
}
