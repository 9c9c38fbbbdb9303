package org.eads.screening.internal.names;

/** A word of a name in one script, as cut by {@link ScriptSegmenter}; {@code script} is an ICU UScript code. */
record ScriptWord(String text, int script) {
}
