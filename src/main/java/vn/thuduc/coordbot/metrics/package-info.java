/**
 * Operational metrics: one Micrometer registry in the Prometheus format, with the counters and
 * gauges the channels report to (questions, answer latency, Telegram delivery, tickets, dataset
 * version, rejected requests, JVM), every name starting with {@code coordbot_}. Served at {@code
 * /metrics} by the web channel. Depends on no other package of the bot: callers push plain values.
 */
package vn.thuduc.coordbot.metrics;
