/**
 * What a person chose for themselves, on any channel: the language of replies ({@code /lang}). A
 * service over the store, so that channels never reach the store for it.
 */
package vn.thuduc.coordbot.preferences;
