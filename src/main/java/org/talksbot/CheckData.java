package org.talksbot;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

@Command(name = "check")
final class CheckData implements Callable<Integer> {
    @Override
    public Integer call() {
        return 0;
    }
}
