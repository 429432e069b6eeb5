/**
 * The dataset: immutable records of zones, statistics (a time series per zone), area figures,
 * industries, the meeting, agreements, people, speech points, awards, contacts and sources, and
 * {@link vn.thuduc.coordbot.data.DatasetLoader}, which reads the files of {@code config/data/} with
 * Jackson, validates every record and reference, and reports a problem as {@code file:line: reason}.
 * The bottom of the graph: depends on no other package of the bot.
 */
package vn.thuduc.coordbot.data;
