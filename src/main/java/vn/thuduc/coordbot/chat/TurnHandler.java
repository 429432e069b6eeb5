package vn.thuduc.coordbot.chat;

/** A command's work for one event; {@code X} is what the channel's sending may throw. */
@FunctionalInterface
public interface TurnHandler<X extends Exception> {
  void run(Turn turn, String args) throws X;
}
