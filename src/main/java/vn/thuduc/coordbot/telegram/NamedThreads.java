package vn.thuduc.coordbot.telegram;

import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/** Names the adapter's threads ({@code tg-worker-1}, ...) so thread dumps and logs say whose they are. */
final class NamedThreads implements ThreadFactory {
  private final String prefix;
  private final AtomicInteger next = new AtomicInteger(1);

  NamedThreads(String prefix) {
    this.prefix = prefix;
  }

  @Override
  public Thread newThread(Runnable r) {
    Thread t = new Thread(r, prefix + "-" + next.getAndIncrement());
    // Owned and shut down by TelegramService; daemon only so a failed shutdown cannot hang the JVM.
    t.setDaemon(true);
    return t;
  }
}
