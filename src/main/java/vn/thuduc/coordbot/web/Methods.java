package vn.thuduc.coordbot.web;

import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which methods each path answers, for the {@code Allow} header of a 405 and an {@code OPTIONS}: a
 * GET route also answers HEAD (Javalin runs the GET handler; Jetty sends no body). Paths ending in
 * {@code {param}} match any last segment.
 */
final class Methods {
  private final Map<String, Set<String>> exact = new LinkedHashMap<>();
  private final Map<String, Set<String>> prefixes = new LinkedHashMap<>();
  /** Each path's Allow value, made when its routes are added rather than on every request screened. */
  private final Map<Set<String>, String> allows = new IdentityHashMap<>();

  /** Records that {@code path} answers {@code method} (GET brings HEAD with it). */
  void add(String method, String path) {
    int param = path.indexOf('{');
    Map<String, Set<String>> table = param < 0 ? exact : prefixes;
    Set<String> set = table.computeIfAbsent(param < 0 ? path : path.substring(0, param), k -> new TreeSet<>());
    set.add(method);
    if (method.equals("GET")) {
      set.add("HEAD");
    }
    allows.put(set, String.join(", ", set) + ", OPTIONS");
  }

  /** The methods {@code path} answers, as an {@code Allow} value, or null for a path the server does not know. */
  String allow(String path) {
    Set<String> set = exact.get(path);
    if (set == null) {
      for (Map.Entry<String, Set<String>> e : prefixes.entrySet()) {
        if (path.startsWith(e.getKey()) && path.indexOf('/', e.getKey().length()) < 0) {
          set = e.getValue();
          break;
        }
      }
    }
    return set == null ? null : allows.get(set);
  }

  /** True when {@code method} is one the server answers on some path (GET, HEAD, POST). */
  static boolean served(String method) {
    return method.equals("GET") || method.equals("HEAD") || method.equals("POST");
  }
}
