package vn.thuduc.coordbot.web;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import vn.thuduc.coordbot.config.WebSettings;

/**
 * Who a request comes from: the connection's address, unless that address is one of the configured
 * reverse proxies ({@code web.trusted.proxies}); then the nearest address in {@code Forwarded} or
 * {@code X-Forwarded-For} that is not a proxy, and the scheme the proxy says the client used. Any
 * other client's forwarding headers are ignored: they are whatever it typed.
 */
final class Clients {
  private static final String ADDRESS = "cb.client";
  private static final String HTTPS = "cb.https";

  private final Set<String> proxies;

  Clients(Set<String> proxies) {
    this.proxies = proxies;
  }

  /** Works out the client of {@code ctx} once, for {@link #address} and {@link #https}. */
  void resolve(Context ctx) {
    String remote = ctx.req().getRemoteAddr();
    String peer = plainIpv4(remote) ? remote : normal(remote);
    boolean https = ctx.req().isSecure();
    String client = peer == null ? remote : peer;
    if (peer != null && proxies.contains(peer)) {
      List<String> hops = hops(ctx);
      for (int i = hops.size() - 1; i >= 0; i--) {
        String hop = normal(hops.get(i));
        if (hop == null) {
          break; // the proxy passed on something that is not an address: keep the last one known
        }
        client = hop;
        if (!proxies.contains(hop)) {
          break;
        }
      }
      https = https || "https".equalsIgnoreCase(forwardedProto(ctx));
    }
    ctx.attribute(ADDRESS, client);
    ctx.attribute(HTTPS, https);
  }

  /** The client's address (after {@link #resolve}). */
  static String address(Context ctx) {
    String a = ctx.attribute(ADDRESS);
    return a != null ? a : ctx.req().getRemoteAddr();
  }

  /** True when the client reached us over HTTPS (directly or through a trusted proxy). */
  static boolean https(Context ctx) {
    Boolean b = ctx.attribute(HTTPS);
    return b != null ? b : ctx.req().isSecure();
  }

  /** The forwarded-for chain, client first: {@code Forwarded} (RFC 7239) when present, else X-Forwarded-For. */
  private static List<String> hops(Context ctx) {
    List<String> out = new ArrayList<>();
    String forwarded = ctx.header("Forwarded");
    if (forwarded != null && !forwarded.isBlank()) {
      for (String element : forwarded.split(",")) {
        String v = param(element, "for");
        out.add(v == null ? "" : v);
      }
      return out;
    }
    String xff = ctx.header("X-Forwarded-For");
    if (xff != null) {
      for (String part : xff.split(",")) {
        out.add(part.trim());
      }
    }
    return out;
  }

  private static String forwardedProto(Context ctx) {
    String forwarded = ctx.header("Forwarded");
    if (forwarded != null && !forwarded.isBlank()) {
      String[] elements = forwarded.split(",");
      return param(elements[elements.length - 1], "proto");
    }
    return ctx.header("X-Forwarded-Proto");
  }

  private static String param(String element, String name) {
    for (String pair : element.split(";")) {
      int eq = pair.indexOf('=');
      if (eq > 0 && pair.substring(0, eq).trim().toLowerCase(Locale.ROOT).equals(name)) {
        return pair.substring(eq + 1).trim().replace("\"", "");
      }
    }
    return null;
  }

  /**
   * True for a dotted quad as Java writes one ({@code 10.0.0.7}: no leading zeros, each part at most 255),
   * which {@link #normal} would give back unchanged: the connection's own address, read on every request
   * without a regular expression and an address parse.
   */
  static boolean plainIpv4(String s) {
    if (s == null || s.isEmpty() || s.length() > 15) {
      return false;
    }
    int parts = 0;
    int value = 0;
    int digits = 0;
    for (int i = 0; i <= s.length(); i++) {
      char c = i < s.length() ? s.charAt(i) : '.';
      if (c == '.') {
        if (digits == 0 || ++parts > 4) {
          return false;
        }
        value = 0;
        digits = 0;
      } else if (c >= '0' && c <= '9') {
        if (digits > 0 && value == 0) {
          return false; // a leading zero
        }
        value = value * 10 + (c - '0');
        if (++digits > 3 || value > 255) {
          return false;
        }
      } else {
        return false;
      }
    }
    return parts == 4;
  }

  /** {@code s} as a normalised IP literal ({@code [::1]:80} and {@code 0:0:0:0:0:0:0:1} alike), or null. */
  static String normal(String s) {
    if (s == null) {
      return null;
    }
    String v = s.trim();
    if (v.startsWith("[")) {
      int end = v.indexOf(']');
      v = end > 0 ? v.substring(1, end) : v;
    } else if (v.indexOf(':') > 0 && v.indexOf(':') == v.lastIndexOf(':')) {
      v = v.substring(0, v.indexOf(':')); // an IPv4 address with a port
    }
    return WebSettings.ipLiteral(v).orElse(null);
  }
}
