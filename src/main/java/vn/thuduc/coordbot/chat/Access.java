package vn.thuduc.coordbot.chat;

/** Who may run a command, on any channel: checked by one gate before the handler runs. */
public enum Access {
  EVERYONE,
  /** The legal advisers (and the admins). */
  ADVISERS,
  ADMINS;

  /** True when a person with these roles may run a command of this access. */
  public boolean allows(boolean admin, boolean adviser) {
    return switch (this) {
      case EVERYONE -> true;
      case ADVISERS -> adviser || admin;
      case ADMINS -> admin;
    };
  }
}
