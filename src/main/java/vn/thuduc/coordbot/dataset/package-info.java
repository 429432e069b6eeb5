/**
 * The dataset as admins keep it, without a channel: {@link vn.thuduc.coordbot.dataset.DataService}
 * imports {@code config/data} into SQLite ({@link vn.thuduc.coordbot.dataset.DatasetStore}, every
 * version kept with its files) and rebuilds the Lucene index, reloads, rolls back, and tells
 * listeners of each applied {@link vn.thuduc.coordbot.dataset.DatasetChange};
 * {@link vn.thuduc.coordbot.dataset.ImportDrafts} holds validated uploads as dry-run drafts until they
 * are applied; {@link vn.thuduc.coordbot.dataset.DatasetDiff} says what a version changes. Telegram,
 * web and the command line only call it.
 */
package vn.thuduc.coordbot.dataset;
