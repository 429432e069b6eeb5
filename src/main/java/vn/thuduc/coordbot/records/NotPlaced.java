package vn.thuduc.coordbot.records;

/** A sentence of a record with a figure that does not become a row, and why (the dry run lists it). */
public record NotPlaced(String sentence, String reason) {}
