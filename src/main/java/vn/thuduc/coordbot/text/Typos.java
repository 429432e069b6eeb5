package vn.thuduc.coordbot.text;

/** How far apart two typed words are, for telling a slip of the keyboard from another word. */
public final class Typos {
  private Typos() {}

  /** True when {@code a} becomes {@code b} by one insertion, deletion, substitution or swap of neighbours. */
  public static boolean oneEdit(String a, String b) {
    int la = a.length();
    int lb = b.length();
    if (Math.abs(la - lb) > 1 || a.equals(b)) {
      return false;
    }
    if (la == lb) {
      int first = -1;
      int diffs = 0;
      for (int i = 0; i < la; i++) {
        if (a.charAt(i) != b.charAt(i)) {
          if (diffs++ == 0) {
            first = i;
          }
        }
      }
      if (diffs == 1) {
        return true;
      }
      return diffs == 2 && first + 1 < la && a.charAt(first) == b.charAt(first + 1)
          && a.charAt(first + 1) == b.charAt(first);
    }
    String s = la < lb ? a : b;
    String l = la < lb ? b : a;
    int i = 0;
    while (i < s.length() && s.charAt(i) == l.charAt(i)) {
      i++;
    }
    return s.substring(i).equals(l.substring(i + 1));
  }
}
