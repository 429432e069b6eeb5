package vn.thuduc.coordbot.dataset;

import java.util.Map;
import java.util.TreeMap;
import vn.thuduc.coordbot.data.Dataset;

/**
 * A validated dataset that is not applied yet (a dry run): the complete set of files it would
 * consist of, their checksum, the version it was compared with, and what would change.
 */
public record ImportPreview(Map<String, byte[]> files, String checksum, long baseVersion, Dataset dataset,
    DatasetDiff diff, boolean unchanged) {
  public ImportPreview {
    files = Map.copyOf(new TreeMap<>(files));
  }
}
