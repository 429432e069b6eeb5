/**
 * Free legal advice from a person: a worker's question becomes a ticket that the legal advisers
 * answer, and every message of it is relayed through an outbox in SQLite (written with the state
 * change, marked after delivery), so a relay is neither lost nor doubled across restarts. The
 * package knows no channel: adapters (the Telegram {@code AdviceDesk}, the web's {@code AdviceApi})
 * supply the texts and deliver the relays; tickets opened where no adviser works (the web page) reach
 * the advisers through the {@link vn.thuduc.coordbot.advice.Advisers} the Telegram bot attaches. Also the optional {@code contacts.yaml} of legal-aid offices and hotlines. Depends on
 * {@code data}, {@code store} and {@code answer}'s language type.
 */
package vn.thuduc.coordbot.advice;
