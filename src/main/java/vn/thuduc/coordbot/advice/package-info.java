/**
 * Free legal advice from a person: a worker's question becomes a ticket that the legal advisers
 * answer, and every message of it is relayed through an outbox in SQLite (written with the state
 * change, marked after delivery), so a relay is neither lost nor doubled across restarts. The
 * package knows no channel: adapters (the Telegram {@code AdviceDesk}) supply the texts and deliver
 * the relays. Also the optional {@code contacts.yaml} of legal-aid offices and hotlines. Depends on
 * {@code data}, {@code store} and {@code answer}'s language type.
 */
package vn.thuduc.coordbot.advice;
