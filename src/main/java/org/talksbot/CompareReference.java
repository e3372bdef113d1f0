package org.talksbot;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.talksbot.curate.CurationException;
import org.talksbot.curate.ReferenceComparison;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code compare-reference CURATED REFERENCE}: a curator's check of the curated files against a reference export. */
@Command(name = "compare-reference",
        description = "Compare curated YAML with a reference export (a folder with events.tsv and quotes.tsv); "
                + "prints each difference, exit code 1 if there is any.")
final class CompareReference implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "CURATED", description = "the curated folder, e.g. db/curated")
    Path curated;

    @Parameters(index = "1", paramLabel = "REFERENCE", description = "folder holding events.tsv and quotes.tsv")
    Path reference;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        List<String> differences;
        try {
            differences = ReferenceComparison.compare(curated, reference);
        } catch (CurationException e) {
            spec.commandLine().getErr().println(e.getMessage());
            return 2;
        }
        differences.forEach(out::println);
        out.println(differences.isEmpty() ? "no differences" : differences.size() + " differences");
        return differences.isEmpty() ? 0 : 1;
    }
}
