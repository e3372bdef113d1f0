package org.talksbot.curate;

/** One curated file's text and the name errors call it by (the path as the curator gave it). */
record CuratedText(String label, String text) {
}
