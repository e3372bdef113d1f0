package org.talksbot;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.Callable;
import org.talksbot.curate.DataCheck;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code check PATH}: the curators' check before a commit; needs no database and changes nothing. */
@Command(name = "check", description = "Check curated YAML (a file or a folder such as db/curated) without "
        + "loading it: prints each problem with its file and line; exit code 1 if there is any.")
final class CheckData implements Callable<Integer> {

    @Parameters(paramLabel = "PATH", description = "a .yaml file or a folder of them (e.g. db/curated)")
    Path path;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        List<String> problems = DataCheck.run(path, LocalDate.now(ZoneOffset.UTC));
        if (problems.isEmpty()) {
            out.println(path + ": no problems found");
            return 0;
        }
        PrintWriter err = spec.commandLine().getErr();
        problems.forEach(err::println);
        err.println(problems.size() == 1 ? "1 problem" : problems.size() + " problems");
        return 1;
    }
}
