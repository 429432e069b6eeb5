/**
 * Operational metrics: one Micrometer registry in the Prometheus format, with the counters and
 * gauges every channel reports to (questions, answer latency, Telegram delivery, tickets, dataset
 * version, JVM). Served at {@code /metrics} by the web channel.
 */
package vn.thuduc.coordbot.metrics;
