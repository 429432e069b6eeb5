package vn.thuduc.coordbot.dataset;

/** A preview was made against a version that is no longer the one served; it must be made again. */
public final class StalePreviewException extends Exception {
  private static final long serialVersionUID = 1L;
  private final long current;

  public StalePreviewException(long base, long current) {
    super("the data changed since the preview (it was version " + base + ", now " + current + ")");
    this.current = current;
  }

  public long current() {
    return current;
  }
}
