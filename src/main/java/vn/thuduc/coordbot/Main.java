package vn.thuduc.coordbot;

import java.nio.file.Path;
import vn.thuduc.coordbot.data.DatasetLoader;

/** Temporary. */
public final class Main {
  private Main() {}

  public static void main(String[] args) throws Exception {
    var l = new DatasetLoader().load(Path.of(args[0]));
    System.out.println(l.checksum() + " " + l.dataset().zoneStats());
  }
}
