package org.eads.screening.internal.names;

/**
 * A word of a name in one script, as cut by {@link ScriptSegmenter}: {@code script} is an ICU UScript code,
 * {@code chunk} the index of the space-separated part of the name the word came from.
 */
record ScriptWord(String text, int script, int chunk) {
}
