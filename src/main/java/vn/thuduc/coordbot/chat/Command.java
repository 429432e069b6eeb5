package vn.thuduc.coordbot.chat;

/**
 * A bot command as a value, on any channel: its name (without slash), who may call it, what input it
 * needs, whether it is listed (help, a command menu), and its handler, of the channel's type
 * {@code H}. Help texts are the bundle keys {@code cmd.<name>}; usage texts for missing input are
 * {@code usage.<name>}.
 */
public record Command<H>(String name, Access access, Input input, boolean inMenu, H handler) {

  /** What follows the command. */
  public enum Input {
    /** Anything after the command is ignored. */
    NONE,
    /** The handler copes with and without arguments. */
    OPTIONAL,
    /** Without arguments the person gets the usage text instead of the handler. */
    REQUIRED
  }

  public String helpKey() {
    return "cmd." + name;
  }

  public String usageKey() {
    return "usage." + name;
  }
}
