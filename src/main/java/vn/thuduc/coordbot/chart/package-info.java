/**
 * Charts: {@link vn.thuduc.coordbot.chart.ChartRenderer} turns the engine's {@link
 * vn.thuduc.coordbot.answer.ChartData} into a PNG bar chart (JFreeChart, headless, DejaVu Sans for
 * the Vietnamese letters). Channels send the bytes; the CLI writes them to a file. Depends on that
 * one value type of {@code answer}; knows no channel.
 */
package vn.thuduc.coordbot.chart;
