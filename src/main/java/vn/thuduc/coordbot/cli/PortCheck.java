package vn.thuduc.coordbot.cli;

import java.io.IOException;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.Optional;
import vn.thuduc.coordbot.config.Settings;

/** Whether the web channel's address and port can be listened on, asked before anything else starts. */
final class PortCheck {
  private PortCheck() {}

  /** Why {@code host}:{@code port} cannot be listened on (one line for the operator), or empty. */
  static Optional<String> busy(String host, int port) {
    if (port == 0) {
      return Optional.empty(); // any free port
    }
    try (ServerSocket s = new ServerSocket()) {
      s.setReuseAddress(true); // as Jetty does: a port in TIME_WAIT is free
      s.bind(new InetSocketAddress(host, port));
      return Optional.empty();
    } catch (BindException e) {
      return Optional.of(host + ":" + port + " is already in use or not an address of this machine ("
          + e.getMessage() + "); stop the other process or set " + Settings.ENV_WEB_PORT + " / "
          + Settings.ENV_WEB_BIND + ". Nothing was changed.");
    } catch (IOException | IllegalArgumentException | SecurityException e) {
      return Optional.of(host + ":" + port + " cannot be listened on (" + e.getMessage() + "); check "
          + Settings.ENV_WEB_BIND + ". Nothing was changed.");
    }
  }
}
