/**
 * Meeting records: news articles, minutes, reports and decisions that admins add as files (HTML, DOCX,
 * PDF, TXT, Markdown). The text is taken out with the library made for each format, read for what the
 * record is (title, kind, event date with its reasoning, people, zones), cut into sentence-aware passages
 * with their provenance, and searched for figures that become dated statistics rows when an admin applies
 * the dry run. {@link vn.thuduc.coordbot.records.RecordAnswers} answers questions from the passages.
 * The originals and a small YAML card per record live in {@code config/data/records/}; the dataset
 * services import them with the rest of the data. Depends on {@code data}, {@code search} and {@code text}.
 */
package vn.thuduc.coordbot.records;
