package vn.thuduc.coordbot.telegram;

import java.util.List;
import java.util.Random;

/** Generates hostile message texts, commands and callback data from a seeded {@link Random}. */
final class HostileText {
  private static final List<String> LUCENE = List.of("title:foo AND (bar OR baz)~2^3", "\"unclosed phrase",
      "*?[a TO z]", "\\\\ / + - && || ! ( ) { } [ ] ^ \" ~ * ? : /", "lao~0.5 động^100", "NOT NOT NOT", "a:", ":",
      "field:[* TO *]", "/regex.*/", "((((((((((x", "kcx~ linh~~ trung^");
  private static final List<String> SQL = List.of("'; DROP TABLE question_log; --", "\" OR 1=1 --",
      "1; DELETE FROM processed_update", "' UNION SELECT user_id FROM user_pref --", "%' AND '%'='",
      "Robert'); DROP TABLE audit;--");
  private static final List<String> HTML = List.of("<script>alert(1)</script>", "<b>unclosed", "</i></b>",
      "&amp;&lt;&gt;&#0;&#x110000;", "<a href=\"javascript:alert(1)\">x</a>", "<br>", "<<>>", "&", "&;",
      "<img src=x onerror=alert(1)>", "<tg-spoiler>", "<code><pre>", "]]><!--");
  private static final List<String> SEEDS = List.of("KCX Linh Trung có bao nhiêu lao động?", "kcn binh chieu",
      "How many workers?", "hội nghị", "tư vấn pháp luật", "SHTP", "");
  private static final String COMBINING = "\u0300\u0301\u0303\u0309\u0323\u0302\u0306\u031b\u0338\u20dd";
  private static final String BIDI = "\u202e\u202d\u200f\u200e\u2066\u2067\u2068\u2069\u061c";
  private static final String CONTROLS = "\u0000\u0001\u0007\b\t\n\u000b\f\r\u001b\u007f\u0085\u2028\u2029"
      + "\ufeff\u200b\ufffe\uffff";
  private static final String[] EMOJI = {"😀", "👍🏽", "👨‍👩‍👧‍👦", "🇻🇳", "🏳️‍🌈", "❤️", "🧑🏿‍💻", "🔥🔥🔥"};
  private static final String[] RTL = {"مرحبا بالعالم", "שלום עולם", "؟كم عدد العمال", "\u0627\u0644"};
  private static final String[] COMMANDS = {"/search ", "/zone ", "/lang ", "/stats", "/help@coord_test_bot ",
      "/zones ", "/about ", "/unknown_cmd ", "/" , "/reload ", "/status ", "/x@other_bot ", "/start "};

  private final Random random;

  HostileText(Random random) {
    this.random = random;
  }

  /** The {@code i}-th text; every 500th is 100 KB, some are just over Telegram's limit. */
  String next(int i) {
    if (i % 500 == 499) {
      return repeat(pick(SEEDS) + " " + pick(LUCENE) + " " + pick(HTML) + " 😀 ", 100 * 1024);
    }
    if (i % 250 == 7) {
      return repeat("Khu chế xuất Linh Trung? ", 4097 + random.nextInt(2000));
    }
    return switch (random.nextInt(11)) {
      case 0 -> randomUnicode(random.nextInt(200));
      case 1 -> combining(pick(SEEDS));
      case 2 -> pick(RTL) + pickChar(BIDI) + pick(SEEDS) + pickChar(BIDI);
      case 3 -> pick(EMOJI) + pick(SEEDS) + pick(EMOJI) + pick(EMOJI);
      case 4 -> sprinkle(pick(SEEDS), CONTROLS);
      case 5 -> pick(LUCENE) + " " + pick(SEEDS);
      case 6 -> pick(SQL);
      case 7 -> pick(HTML) + pick(SEEDS) + pick(HTML);
      case 8 -> List.of("", " ", "   \t  ", "\u00a0\u2003", "\n\n\n", "\u3000").get(random.nextInt(6));
      case 9 -> mixed();
      default -> pick(SEEDS) + " " + randomUnicode(random.nextInt(20));
    };
  }

  /** The text as a user would send it: mostly plain, sometimes behind a command. */
  String asMessage(String text) {
    return random.nextInt(4) == 0 ? pick(COMMANDS) + text : text;
  }

  /** Callback data a client or a forger could send: known prefixes with junk, or junk; at most 64 bytes. */
  String callbackData() {
    String data = switch (random.nextInt(6)) {
      case 0 -> "z:" + randomUnicode(random.nextInt(10));
      case 1 -> "t:" + pick(List.of("reload", "status", "nope", "", "stats"));
      case 2 -> "l:" + pick(List.of("fr", "", "vi", "en", "xx"));
      case 3 -> "";
      case 4 -> pick(SQL);
      default -> randomUnicode(random.nextInt(30));
    };
    while (data.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > 64) {
      data = data.substring(0, data.length() - 1);
      if (!data.isEmpty() && Character.isHighSurrogate(data.charAt(data.length() - 1))) {
        data = data.substring(0, data.length() - 1);
      }
    }
    return data;
  }

  private String mixed() {
    StringBuilder sb = new StringBuilder();
    for (int k = 0; k < 1 + random.nextInt(6); k++) {
      sb.append(switch (random.nextInt(5)) {
        case 0 -> pick(LUCENE);
        case 1 -> pick(SQL);
        case 2 -> pick(HTML);
        case 3 -> pick(EMOJI);
        default -> combining(pick(SEEDS));
      }).append(' ');
    }
    return sb.toString();
  }

  private String randomUnicode(int length) {
    StringBuilder sb = new StringBuilder();
    while (sb.length() < length) {
      int cp = switch (random.nextInt(4)) {
        case 0 -> random.nextInt(0x80);
        case 1 -> random.nextInt(0x3000);
        case 2 -> 0x1F300 + random.nextInt(0x700);
        default -> random.nextInt(0x110000);
      };
      if (cp >= 0xD800 && cp <= 0xDFFF) {
        continue; // lone surrogates cannot travel in Telegram's UTF-8 JSON
      }
      sb.appendCodePoint(cp);
    }
    return sb.toString();
  }

  private String combining(String base) {
    StringBuilder sb = new StringBuilder();
    for (char c : java.text.Normalizer.normalize(base, java.text.Normalizer.Form.NFD).toCharArray()) {
      sb.append(c);
      for (int k = random.nextInt(4); k > 0; k--) {
        sb.append(pickChar(COMBINING));
      }
    }
    return sb.toString();
  }

  private String sprinkle(String base, String chars) {
    StringBuilder sb = new StringBuilder();
    for (char c : base.toCharArray()) {
      sb.append(c);
      if (random.nextInt(3) == 0) {
        sb.append(pickChar(chars));
      }
    }
    return sb.append(pickChar(chars)).toString();
  }

  private static String repeat(String unit, int length) {
    StringBuilder sb = new StringBuilder(length + unit.length());
    while (sb.length() < length) {
      sb.append(unit);
    }
    String s = sb.substring(0, length);
    return Character.isHighSurrogate(s.charAt(s.length() - 1)) ? s.substring(0, s.length() - 1) : s;
  }

  private String pick(List<String> items) {
    return items.get(random.nextInt(items.size()));
  }

  private String pick(String[] items) {
    return items[random.nextInt(items.length)];
  }

  private char pickChar(String chars) {
    return chars.charAt(random.nextInt(chars.length()));
  }
}
