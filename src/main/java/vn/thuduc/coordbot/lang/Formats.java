package vn.thuduc.coordbot.lang;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Numbers and dates as each language writes them: Vietnamese 38.807 and 51,21%, English 38,807
 * and 51.21%; dates 08/03/2024 and March 8, 2024.
 */
public final class Formats {
  private static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July",
      "August", "September", "October", "November", "December"};

  private Formats() {}

  /** A whole number with the language's thousands separator. */
  public static String number(long n, Lang lang) {
    return format(lang, "#,##0").format(n);
  }

  /** A decimal with at most {@code decimals} digits after the separator (trailing zeros dropped). */
  public static String decimal(BigDecimal d, int decimals, Lang lang) {
    BigDecimal r = d.setScale(decimals, RoundingMode.HALF_UP);
    return format(lang, decimals == 0 ? "#,##0" : "#,##0." + "#".repeat(decimals)).format(r);
  }

  public static String decimal(double d, int decimals, Lang lang) {
    return decimal(BigDecimal.valueOf(d), decimals, lang);
  }

  /** A percentage, e.g. 51,21% / 51.21%. */
  public static String percent(BigDecimal pct, int decimals, Lang lang) {
    return decimal(pct, decimals, lang) + "%";
  }

  public static String percent(double pct, int decimals, Lang lang) {
    return percent(BigDecimal.valueOf(pct), decimals, lang);
  }

  /** 08/03/2024 in Vietnamese, March 8, 2024 in English. */
  public static String date(LocalDate d, Lang lang) {
    if (lang == Lang.VI) {
      return two(d.getDayOfMonth()) + "/" + two(d.getMonthValue()) + "/" + d.getYear(); // String.format is slow
    }
    return MONTHS[d.getMonthValue() - 1] + " " + d.getDayOfMonth() + ", " + d.getYear();
  }

  private static String two(int n) {
    return n < 10 ? "0" + n : Integer.toString(n);
  }

  /** A period of years, 2017–2023. */
  public static String years(int from, int to) {
    return from == to ? Integer.toString(from) : from + "–" + to;
  }

  // DecimalFormat is not thread-safe and costly to build (a pattern parse per number): one per thread,
  // language and pattern, of which there are a handful (no lambdas: each is a class made at its first
  // use, a cost of every start of ask)
  private static final ThreadLocal<Map<String, DecimalFormat>> FORMATS = new ThreadLocal<>() {
    @Override
    protected Map<String, DecimalFormat> initialValue() {
      return new HashMap<>();
    }
  };

  private static DecimalFormat format(Lang lang, String pattern) {
    Map<String, DecimalFormat> made = FORMATS.get();
    String key = lang.code() + pattern;
    DecimalFormat f = made.get(key);
    if (f == null) {
      f = build(lang, pattern);
      made.put(key, f);
    }
    return f;
  }

  private static DecimalFormat build(Lang lang, String pattern) {
    DecimalFormatSymbols sym = DecimalFormatSymbols.getInstance(Locale.ROOT);
    sym.setGroupingSeparator(lang.pick('.', ','));
    sym.setDecimalSeparator(lang.pick(',', '.'));
    DecimalFormat f = new DecimalFormat(pattern, sym);
    f.setRoundingMode(RoundingMode.HALF_UP);
    return f;
  }
}
