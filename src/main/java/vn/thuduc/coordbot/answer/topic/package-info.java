/**
 * The topic side of understanding: questions about the meeting, its people, the regulations, what
 * was said, the awards, the source, and the worker's own problem or a word of chit-chat. {@link
 * vn.thuduc.coordbot.answer.topic.TopicParser} reads the tagger's words into one {@link
 * vn.thuduc.coordbot.answer.topic.TopicQuery}, matched with the {@link
 * vn.thuduc.coordbot.answer.topic.TopicLexicon} (the phrases of {@code query/topics.tsv} and the
 * dataset's people and speech points); {@link vn.thuduc.coordbot.answer.topic.TopicWriter} answers it
 * from the dataset, at the level asked, citing the source.
 */
package vn.thuduc.coordbot.answer.topic;
