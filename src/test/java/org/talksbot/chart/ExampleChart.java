package org.talksbot.chart;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.talksbot.bench.BenchmarkStores;

/**
 * Not a test: draws the README's example chart ({@code docs/chart-example.png}) from db/curated.
 * <pre>mvn -q -B -o test-compile exec:java -Dexec.mainClass=org.talksbot.chart.ExampleChart [-Dexec.args="SUBJECT..."]</pre>
 */
public final class ExampleChart {

    private ExampleChart() {
    }

    public static void main(String[] args) throws IOException {
        Charts charts = new Charts(BenchmarkStores.curated());
        Chart chart = charts.chart(ChartSubject.ALL, null, null).orElseThrow();
        Path out = Path.of(args.length > 0 ? args[0] : "docs/chart-example.png");
        Files.write(out, chart.png());
        System.out.println(out + " (" + chart.png().length + " bytes)\n" + chart.caption() + "\n\n" + chart.text());
    }
}
