/**
 * Who a person is to the bot: a channel and that channel's id for them ({@link Identity}), never a
 * bare number shared between channels. A base package: it uses no other package of the bot.
 */
package vn.thuduc.coordbot.identity;
