package vn.thuduc.coordbot.records;

/** A person present at the event, with the titles the record gives them. */
public record Attendee(String name, String title) {}
