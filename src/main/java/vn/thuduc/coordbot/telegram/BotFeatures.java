package vn.thuduc.coordbot.telegram;

import vn.thuduc.coordbot.dataset.DataService;
import vn.thuduc.coordbot.dataset.ImportDrafts;
import vn.thuduc.coordbot.export.StatsExport;
import vn.thuduc.coordbot.feedback.Ratings;
import vn.thuduc.coordbot.subscriptions.SubscriptionService;

/**
 * The channel-free services the bot offers beyond answers, built by the composition root and handed
 * in: versions and rollback, import by upload, subscriptions, ratings, the CSV export.
 */
public record BotFeatures(DataService data, ImportDrafts imports, SubscriptionService subscriptions,
    Ratings ratings, StatsExport export) {}
