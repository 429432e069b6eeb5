package vn.thuduc.coordbot.preferences;

import java.util.Optional;
import vn.thuduc.coordbot.identity.Identity;
import vn.thuduc.coordbot.lang.Lang;
import vn.thuduc.coordbot.store.RuntimeStore;

/** The languages people chose with {@code /lang}, on any channel, kept in SQLite. */
public final class ChosenLanguages {
  private final RuntimeStore runtime;

  public ChosenLanguages(RuntimeStore runtime) {
    this.runtime = runtime;
  }

  /** What {@code who} chose, if anything. */
  public Optional<Lang> of(Identity who) {
    return runtime.userLang(who).flatMap(Lang::fromCode);
  }

  public void choose(Identity who, Lang lang) {
    runtime.setUserLang(who, lang.code());
  }
}
