package org.talksbot.store;

/** How much of a date the sources fix. */
public enum Precision { DAY, MONTH, YEAR }
