package vn.thuduc.coordbot.dataset;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import vn.thuduc.coordbot.data.DataException;
import vn.thuduc.coordbot.data.DatasetLoader;

/**
 * The files of an uploaded document: one dataset file (it replaces that file in the current dataset)
 * or a zip of the whole dataset. A zip is read with limits on entries and unpacked bytes (zip bombs)
 * and only plain names of dataset files are taken (no paths out of the data directory).
 *
 * @param whole true when the upload is the complete dataset (a zip), false for a single file
 */
public record UploadedDataset(Map<String, byte[]> files, boolean whole) {
  /** Largest upload accepted, in bytes. */
  public static final int MAX_UPLOAD = DatasetLoader.MAX_FILE;
  /** Largest total of unpacked bytes in a zip. */
  public static final int MAX_UNPACKED = DatasetLoader.MAX_TOTAL;
  /** Most entries a zip may have. */
  public static final int MAX_ENTRIES = 64;

  public UploadedDataset {
    files = Map.copyOf(files);
  }

  /** Reads an upload named {@code fileName}; throws {@code name:0: reason} when it is not a dataset. */
  public static UploadedDataset read(String fileName, byte[] bytes) throws DataException {
    String name = baseName(fileName == null ? "" : fileName);
    if (bytes.length > MAX_UPLOAD) {
      throw new DataException(name, 0, "too large (" + bytes.length + " bytes; at most " + MAX_UPLOAD + ")");
    }
    if (name.toLowerCase(Locale.ROOT).endsWith(".zip")) {
      return new UploadedDataset(unzip(name, bytes), true);
    }
    if (!DatasetLoader.FILES.contains(name)) {
      throw new DataException(name, 0, "not a dataset file: send one of " + String.join(", ", DatasetLoader.FILES)
          + ", or a .zip of them");
    }
    if (isZip(bytes)) {
      throw new DataException(name, 0, "this is a zip archive, not a text file; name it .zip");
    }
    return new UploadedDataset(Map.of(name, bytes), false);
  }

  private static Map<String, byte[]> unzip(String zipName, byte[] bytes) throws DataException {
    if (!isZip(bytes)) {
      throw new DataException(zipName, 0, "not a zip archive");
    }
    Map<String, byte[]> files = new LinkedHashMap<>();
    long total = 0;
    int entries = 0;
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
      ZipEntry e;
      while ((e = zip.getNextEntry()) != null) {
        if (++entries > MAX_ENTRIES) {
          throw new DataException(zipName, 0, "too many entries (more than " + MAX_ENTRIES + ")");
        }
        String path = e.getName().replace('\\', '/');
        if (path.startsWith("/") || path.contains("../") || path.equals("..") || path.contains(":")) {
          throw new DataException(zipName, 0, "unsafe path in the archive: " + e.getName());
        }
        String name = baseName(path);
        if (e.isDirectory() || path.startsWith("__MACOSX/") || name.startsWith(".") || name.isEmpty()) {
          continue;
        }
        if (!DatasetLoader.FILES.contains(name)) {
          throw new DataException(name, 0, "not a dataset file (expected " + String.join(", ", DatasetLoader.FILES)
              + ")");
        }
        if (files.containsKey(name)) {
          throw new DataException(name, 0, "appears twice in the archive");
        }
        byte[] content = readBounded(zip, MAX_UNPACKED - total, zipName);
        total += content.length;
        files.put(name, content);
      }
    } catch (IOException ex) {
      throw new DataException(zipName, 0, "cannot read the archive: " + ex.getMessage());
    }
    if (files.isEmpty()) {
      throw new DataException(zipName, 0, "the archive holds no dataset files");
    }
    return files;
  }

  /** Reads at most {@code budget} bytes, whatever the entry claims its size is. */
  private static byte[] readBounded(InputStream in, long budget, String zipName) throws IOException, DataException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buf = new byte[8192];
    long read = 0;
    int n;
    while ((n = in.read(buf)) > 0) {
      read += n;
      if (read > budget) {
        throw new DataException(zipName, 0, "unpacks to more than " + MAX_UNPACKED + " bytes");
      }
      out.write(buf, 0, n);
    }
    return out.toByteArray();
  }

  private static boolean isZip(byte[] b) {
    return b.length >= 4 && b[0] == 'P' && b[1] == 'K' && b[2] == 3 && b[3] == 4;
  }

  private static String baseName(String path) {
    String p = path.replace('\\', '/');
    return p.substring(p.lastIndexOf('/') + 1);
  }
}
