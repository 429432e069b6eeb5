/**
 * The statistics as files for spreadsheets: {@link vn.thuduc.coordbot.export.StatsCsv} writes the
 * CSV (UTF-8 with a byte order mark), {@link vn.thuduc.coordbot.export.StatsExport} names the file of
 * the serving dataset. Telegram's {@code /export} and the web's {@code /api/stats.csv} hand it out.
 */
package vn.thuduc.coordbot.export;
