/**
 * The zones' totals at one date, computed once for every channel: each zone's row with its workers per
 * enterprise and shares of the zones' total, the totals, the area's shares as the source states them,
 * and what the date leaves out (zones without figures there, newer figures). The engine's totals and
 * shares, Telegram's {@code /stats}, the dashboard, {@code /api/stats} and the CSV take their numbers
 * from here, so they cannot disagree. Uses {@code data} only.
 */
package vn.thuduc.coordbot.figures;
