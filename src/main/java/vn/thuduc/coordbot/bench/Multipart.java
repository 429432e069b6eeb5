package vn.thuduc.coordbot.bench;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Just enough multipart/form-data parsing for the fake Bot API: text fields and file parts. */
record Multipart(Map<String, String> fields, Map<String, byte[]> files) {
  private static final Pattern NAME = Pattern.compile("name=\"([^\"]*)\"");

  static Multipart parse(byte[] body, String contentType) {
    String boundary = "--" + contentType.replaceAll(".*boundary=\"?([^\";]+)\"?.*", "$1");
    byte[] delimiter = boundary.getBytes(StandardCharsets.ISO_8859_1);
    Map<String, String> fields = new LinkedHashMap<>();
    Map<String, byte[]> files = new LinkedHashMap<>();
    int pos = indexOf(body, delimiter, 0);
    while (pos >= 0) {
      int start = pos + delimiter.length;
      if (start + 2 <= body.length && body[start] == '-' && body[start + 1] == '-') {
        break;
      }
      start += 2; // CRLF after the boundary
      int next = indexOf(body, delimiter, start);
      if (next < 0) {
        break;
      }
      int headersEnd = indexOf(body, "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1), start);
      String headers = new String(body, start, headersEnd - start, StandardCharsets.UTF_8);
      byte[] content = Arrays.copyOfRange(body, headersEnd + 4, next - 2);
      Matcher m = NAME.matcher(headers);
      if (m.find()) {
        if (headers.contains("filename=")) {
          files.put(m.group(1), content);
        } else {
          fields.put(m.group(1), new String(content, StandardCharsets.UTF_8));
        }
      }
      pos = next;
    }
    return new Multipart(fields, files);
  }

  private static int indexOf(byte[] hay, byte[] needle, int from) {
    outer:
    for (int i = from; i <= hay.length - needle.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (hay[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }
}
