package vn.thuduc.coordbot.telegram.transport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.telegram.telegrambots.meta.api.methods.GetFile;
import org.telegram.telegrambots.meta.api.objects.File;

/**
 * Fetches a file a user sent: {@code getFile}, then {@code GET <api>/file/bot<token>/<file_path>} on
 * the configured Bot API (TelegramBots' own download always goes to the public host). Reads at most
 * a given number of bytes, whatever the server claims.
 */
public final class FileDownloader {
  private final BotApi api;
  private final OkHttpClient http;
  private final HttpUrl base;
  private final String token;

  public FileDownloader(BotApi api, OkHttpClient http, URI apiUrl, String token) {
    this.api = api;
    this.http = http;
    this.base = HttpUrl.get(apiUrl.toString());
    this.token = token;
  }

  /** The file was larger than the caller allows. */
  public static final class TooLargeException extends Exception {
    private static final long serialVersionUID = 1L;

    public TooLargeException(long size, long max) {
      super("the file has " + size + " bytes; at most " + max + " are accepted");
    }
  }

  /** The bytes of file {@code fileId}, at most {@code maxBytes} of them. */
  public byte[] download(String fileId, long maxBytes) throws BotApiException, IOException, TooLargeException {
    File f = api.call(GetFile.builder().fileId(fileId).build());
    if (f.getFileSize() != null && f.getFileSize() > maxBytes) {
      throw new TooLargeException(f.getFileSize(), maxBytes);
    }
    if (f.getFilePath() == null || f.getFilePath().isBlank()) {
      throw new IOException("getFile gave no file_path");
    }
    HttpUrl url = base.newBuilder().addPathSegment("file").addPathSegment("bot" + token)
        .addPathSegments(f.getFilePath()).build();
    // the URL holds the token: it goes into no message or log
    try (Response r = http.newCall(new Request.Builder().url(url).get().build()).execute()) {
      ResponseBody body = r.body();
      if (!r.isSuccessful() || body == null) {
        throw new IOException("file download answered HTTP " + r.code());
      }
      if (body.contentLength() > maxBytes) {
        throw new TooLargeException(body.contentLength(), maxBytes);
      }
      try (InputStream in = body.byteStream()) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[8192];
        long total = 0;
        int n;
        while ((n = in.read(buf)) > 0) {
          total += n;
          if (total > maxBytes) {
            throw new TooLargeException(total, maxBytes);
          }
          out.write(buf, 0, n);
        }
        return out.toByteArray();
      }
    }
  }
}
