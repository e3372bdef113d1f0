package org.talksbot.curate;

/** A parsed entry together with where it came from. */
record Item<T>(ItemRef ref, T entry) {
}
