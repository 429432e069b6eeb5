/**
 * A channel's API tokens kept across restarts (Zalo's access token and its single-use refresh token).
 * A service over the store; the channel asks it, never the table.
 */
package vn.thuduc.coordbot.credentials;
