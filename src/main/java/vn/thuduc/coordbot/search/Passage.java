package vn.thuduc.coordbot.search;

/**
 * A unit of text the index returns: a zone card, a meeting fact, a speech point, a person, an
 * award, an agreement, the industries or the source, in both languages.
 */
public record Passage(String id, String kind, String textVi, String textEn) {}
