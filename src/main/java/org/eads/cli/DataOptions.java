package org.eads.cli;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import picocli.CommandLine.Option;

/** The options every command that opens the database shares. */
final class DataOptions {

    @Option(names = "--data", paramLabel = "DIR", description = "Data folder (default: ./data, or EADS_DATA_DIR)")
    Path dataDir;

    Map<String, Object> properties() {
        Map<String, Object> p = new HashMap<>();
        if (dataDir != null) {
            p.put("eads.data-dir", dataDir.toString());
        }
        return p;
    }
}
