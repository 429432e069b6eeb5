package vn.thuduc.coordbot.config;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The web channel's limits on the open internet: which addresses are reverse proxies whose
 * {@code X-Forwarded-For} is believed, how many connections one address may hold, how long a request
 * body may take, how long a connection may stay without starting a request, and how many legal-advice
 * tickets a browser session and an address may open an hour.
 *
 * @param trustedProxies proxy addresses (normalised), empty: no forwarding header is believed
 * @param connectionsPerAddress open connections one client address may hold
 * @param bodySeconds the whole request body must arrive within this
 * @param idleSeconds a connection that starts no request for this long is closed
 * @param ticketsPerHour tickets one browser session may open an hour (ten times that per address)
 * @param ticketChars longest web ticket question: one message in the advisers' group
 */
public record WebSettings(Set<String> trustedProxies, int connectionsPerAddress, int bodySeconds, int idleSeconds,
    int ticketsPerHour, int ticketChars) {
  private static final Pattern IP_LITERAL = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}|[0-9A-Fa-f.]*:[0-9A-Fa-f:.]{1,44}");

  static WebSettings from(Properties p) {
    return new WebSettings(proxies(p.getProperty("web.trusted.proxies", "")),
        Settings.parseInt(p, "web.connections.per.address", 32, 2, 10_000),
        Settings.parseInt(p, "web.body.seconds", 10, 1, 300),
        Settings.parseInt(p, "web.idle.seconds", 30, 1, 3600),
        Settings.parseInt(p, "web.tickets.per.hour", 5, 1, 1000),
        Settings.parseInt(p, "web.ticket.chars", 3000, 100, 3500));
  }

  private static Set<String> proxies(String value) {
    Set<String> out = new LinkedHashSet<>();
    for (String part : value.split(",")) {
      String s = part.trim();
      if (s.isEmpty()) {
        continue;
      }
      out.add(ipLiteral(s).orElseThrow(() -> new ConfigException("web.trusted.proxies: not an IP address: '" + s
          + "' (no host names)")));
    }
    return Set.copyOf(out);
  }

  /** {@code s} as a normalised IP address ({@code ::1} and {@code 0:0:0:0:0:0:0:1} alike) when it is one. */
  public static Optional<String> ipLiteral(String s) {
    if (!IP_LITERAL.matcher(s).matches()) {
      return Optional.empty(); // a host name would be looked up: never
    }
    try {
      return Optional.of(InetAddress.getByName(s).getHostAddress());
    } catch (UnknownHostException e) {
      return Optional.empty();
    }
  }
}
