package org.talksbot.notify;

/** The kinds of store item a notification announces. */
public enum ItemKind { EVENT, QUOTE }
