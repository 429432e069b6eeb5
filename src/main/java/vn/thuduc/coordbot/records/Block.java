package vn.thuduc.coordbot.records;

/**
 * One paragraph of a record's text as the format gave it.
 *
 * @param heading the nearest heading above it, empty when none
 * @param page the PDF page it is on (1-based), 0 for formats without pages
 */
public record Block(String text, String heading, int page) {}
