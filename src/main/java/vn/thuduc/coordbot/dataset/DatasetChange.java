package vn.thuduc.coordbot.dataset;

/** A dataset version that has just been applied, who applied it, and what it changed. */
public record DatasetChange(long version, String actor, DatasetDiff diff) {}
