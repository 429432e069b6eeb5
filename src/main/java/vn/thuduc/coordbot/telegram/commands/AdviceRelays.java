package vn.thuduc.coordbot.telegram.commands;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;
import vn.thuduc.coordbot.advice.AdviceException;
import vn.thuduc.coordbot.advice.AdviceService;
import vn.thuduc.coordbot.advice.Relay;
import vn.thuduc.coordbot.advice.Ticket;
import vn.thuduc.coordbot.advice.WorkerChannel;
import vn.thuduc.coordbot.lang.Lang;
import vn.thuduc.coordbot.config.Settings;
import vn.thuduc.coordbot.chatstate.AuditLog;
import vn.thuduc.coordbot.telegram.Replier;
import vn.thuduc.coordbot.chat.Route;
import vn.thuduc.coordbot.telegram.transport.BotApiException;
import vn.thuduc.coordbot.telegram.InlineButtons;

/**
 * Delivery of the legal-advice outbox: each relay sent (with its buttons) and recorded as sent; a
 * worker who blocked the bot is reported to the group; the timer sends what is left over, the
 * reminders of unanswered tickets and deletes closed tickets after their retention.
 */
final class AdviceRelays {
  private static final Logger log = LoggerFactory.getLogger(AdviceRelays.class);

  private final Optional<AdviceService> service;
  private final AuditLog audit;
  private final Settings settings;
  private final Replier replier;
  private final AdviceTexts texts;
  private final long group;
  /** Relays being delivered now (by an update or the timer): one sender each. */
  private final Set<Long> sending = ConcurrentHashMap.newKeySet();

  AdviceRelays(Optional<AdviceService> service, AuditLog audit, Settings settings, Replier replier,
      AdviceTexts texts) {
    this.service = service;
    this.audit = audit;
    this.settings = settings;
    this.replier = replier;
    this.texts = texts;
    this.group = settings.adviserChatId().orElse(0L);
  }


  private InlineKeyboardMarkup keyboard(Relay r) {
    if (r.buttons() == null) {
      return null;
    }
    Lang lang = service.flatMap(s -> s.ticket(r.ticketId())).map(Ticket::lang).orElse(Lang.VI);
    return switch (r.buttons()) {
      case "share" -> InlineKeyboardMarkup.builder().keyboardRow(new InlineKeyboardRow(
          InlineButtons.of(new Route.Advice('n', r.ticketId(), false), texts.get(lang, "button.share")))).build();
      case "vote" -> InlineKeyboardMarkup.builder().keyboardRow(new InlineKeyboardRow(
          InlineButtons.of(new Route.Advice('v', r.ticketId(), true), "👍"),
          InlineButtons.of(new Route.Advice('v', r.ticketId(), false), "👎")))
          .build();
      default -> null;
    };
  }

  // ---- delivery -------------------------------------------------------------------------------

  /**
   * Sends each relay and records it as sent. A worker who blocked the bot (403) is marked and the
   * group told; other failures leave the relay in the outbox for {@link #tick()} to send later.
   */
  void deliver(List<Relay> relays) {
    AdviceService s = service.orElseThrow();
    for (Relay r : relays) {
      if (!sending.add(r.id())) {
        continue;
      }
      try {
        if (!s.stillUnsent(r)) {
          continue; // another sender delivered it between our read and our claim
        }
        Optional<Ticket> t = s.ticket(r.ticketId());
        if (t.isPresent() && r.chatId() == 0 && t.get().onWeb()) {
          s.delivered(r, List.of()); // a web worker reads it on the page
          continue;
        }
        Optional<WorkerChannel> own = t.isPresent() && r.chatId() == 0 ? s.workerChannel(t.get()) : Optional.empty();
        if (own.isPresent()) {
          own.get().deliver(r, t.get()); // a Zalo worker: Zalo's sender records it
          continue;
        }
        if (t.isPresent() && r.chatId() == 0 && !t.get().purged()) {
          continue; // the worker's channel is not running in this process: it stays in the outbox
        }
        if (t.isEmpty() || r.chatId() == 0) {
          s.failed(r, "no recipient");
          continue;
        }
        Integer replyTo = r.replyToTicket() ? t.get().groupMessageId().orElse(null) : null;
        List<Integer> ids = replier.sendTracked(r.chatId(), r.text(), keyboard(r), replyTo);
        s.delivered(r, ids);
      } catch (BotApiException e) {
        if (e.errorCode() == 403 && r.chatId() != group) {
          log.info("advice ticket #{}: the worker blocked the bot; telling the group", r.ticketId());
          try {
            deliver(s.blocked(r, t -> List.of(new Relay.Draft("blocked", group, texts.group("group.blocked",
                t.id()), true, null))).relays());
          } catch (AdviceException ex) {
            s.failed(r, "blocked");
          }
        } else if (e.errorCode() == 400 || e.errorCode() == 403) {
          log.warn("advice ticket #{}: relay {} refused ({}); not retried", r.ticketId(), r.kind(), e.getMessage());
          s.failed(r, e.getMessage());
        } else {
          log.warn("advice ticket #{}: relay {} not delivered yet ({}); retried later", r.ticketId(), r.kind(),
              e.getMessage());
        }
      } finally {
        sending.remove(r.id());
      }
    }
  }

  /** Periodic work: relays left unsent, reminders of unanswered tickets, deletion after retention. */
  void tick() {
    if (service.isEmpty()) {
      return;
    }
    AdviceService s = service.get();
    try {
      deliver(s.stale());
      for (Ticket t : s.dueReminders()) {
        deliver(s.remind(t.id(), tk -> List.of(new Relay.Draft("remind", group, texts.group("group.remind",
            tk.id(), settings.adviceRemindHours()), true, null))).relays());
      }
      int purged = s.purgeExpired();
      if (purged > 0) {
        audit.record(0, "ticket_retention", true, purged + " closed tickets' texts deleted after "
            + settings.adviceRetentionDays() + " days");
      }
    } catch (AdviceException | RuntimeException e) {
      log.warn("advice timer: {}", e.toString());
    }
  }

}
