package vn.thuduc.coordbot.advice;

import java.time.Instant;

/**
 * One message of a ticket as its worker may read it back: the worker's own words or an adviser's
 * answer (never which adviser).
 *
 * @param fromAdviser true for an adviser's answer, false for the worker's question or follow-up
 */
public record TicketMessage(boolean fromAdviser, String text, Instant at) {}
