/**
 * Who follows which zone and who is to hear of a new dataset version:
 * {@link vn.thuduc.coordbot.subscriptions.SubscriptionService} over the
 * {@link vn.thuduc.coordbot.subscriptions.SubscriptionStore} (SQLite). It resolves the zone a text
 * names and claims each notice once; a channel writes and sends the notices.
 */
package vn.thuduc.coordbot.subscriptions;
