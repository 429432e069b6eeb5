package vn.thuduc.coordbot.answer;

/** A zone's id and its short name in one language, for buttons and menus. */
public record ZoneLabel(String id, String label) {}
