package vn.thuduc.coordbot.questions;

import java.time.Instant;

/** A question the bot could not answer, how often it was asked, and when last. */
public record Unanswered(String question, int times, Instant last) {}
