/**
 * Asking as every channel does it: {@link vn.thuduc.coordbot.questions.Questions} wraps the answer
 * engine, times each question, counts it for the operators' metrics and writes it to the question log
 * (off the asking thread, in batches). Channels (telegram, web, console, cli) call it instead of the
 * engine for anything a user asks. Depends on answer/ and store/; knows no channel.
 */
package vn.thuduc.coordbot.questions;
