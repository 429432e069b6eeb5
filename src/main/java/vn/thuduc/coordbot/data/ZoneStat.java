package vn.thuduc.coordbot.data;

import java.time.LocalDate;

/** Enterprise and worker counts of one zone as of one date: one point of a time series. */
public record ZoneStat(String zoneId, LocalDate asOf, long enterprises, long workers, String source) {}
