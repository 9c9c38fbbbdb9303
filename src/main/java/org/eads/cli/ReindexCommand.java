package org.eads.cli;

import java.util.concurrent.Callable;

import org.eads.screening.Reindexing;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "reindex", mixinStandardHelpOptions = true,
        description = {"Rebuild the search index from the database.",
                "With no node running on the data folder, the index is rebuilt now; with nodes running, each node is",
                "asked to rebuild its own index online (searches keep working, then switch to the new index)."})
final class ReindexCommand implements Callable<Integer> {

    @Mixin
    DataOptions data;

    @Override
    public Integer call() {
        try (ConfigurableApplicationContext context = EadsCli.offline(data.properties())) {
            Reindexing.Outcome outcome = context.getBean(Reindexing.class).reindex("eads reindex");
            System.out.println(outcome.rebuiltHere()
                    ? "Rebuilt the search index: " + outcome.records() + " records in " + outcome.millis() + " ms"
                    : "A node is running on this data folder: every node was asked to rebuild its index online");
            return 0;
        }
    }
}
