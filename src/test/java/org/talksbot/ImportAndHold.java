package org.talksbot;

import java.io.IOException;

/**
 * {@code talksbot import PATH} that keeps its process (and so the H2 AUTO_SERVER it hosts) alive until its
 * standard input ends: lets a test choose the moment the hosting import exits.
 */
final class ImportAndHold {

    static final String HOLDING = "holding the database";

    private ImportAndHold() {
    }

    public static void main(String[] args) throws IOException {
        int exit = Main.execute("import", args[0]);
        System.out.println(HOLDING);
        System.out.flush();
        while (System.in.read() >= 0) {
            // hold until the test closes our input
        }
        System.exit(exit);
    }
}
