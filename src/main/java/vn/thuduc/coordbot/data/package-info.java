/**
 * The dataset: immutable records of zones, statistics, the meeting, people, speech points and
 * awards, and {@link vn.thuduc.coordbot.data.DatasetLoader}, which reads and validates the files of
 * {@code config/data/} with Jackson and reports problems as {@code file:line: reason}.
 */
package vn.thuduc.coordbot.data;
