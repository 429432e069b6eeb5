/**
 * What happens to an update between the poller and its handling: the
 * {@link vn.thuduc.coordbot.telegram.inbox.UpdateLedger} (processed ids in SQLite, so each update is
 * answered once across restarts) and its {@link vn.thuduc.coordbot.telegram.inbox.UpdateJournal}, the
 * bounded {@link vn.thuduc.coordbot.telegram.inbox.DeliveryWindow} of updates in flight, the
 * {@link vn.thuduc.coordbot.telegram.inbox.ChatLanes} that keep one chat's updates in order, the
 * per-user {@link vn.thuduc.coordbot.telegram.inbox.FloodGate}, and the
 * {@link vn.thuduc.coordbot.telegram.inbox.BlockedChats} that refused messages. It uses the transport's
 * types, never the commands above it.
 */
package vn.thuduc.coordbot.telegram.inbox;
