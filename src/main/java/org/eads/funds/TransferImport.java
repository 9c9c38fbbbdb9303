package org.eads.funds;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eads.funds.internal.FundsStore;
import org.eads.funds.internal.TransferLoader;
import org.eads.identity.EadsUser;
import org.eads.imports.ImportFormat;
import org.eads.imports.ImportHandler;
import org.eads.imports.ImportMode;
import org.eads.imports.Imports;
import org.eads.records.InvalidRecordException;
import org.eads.scam.CurrencyRates;
import org.springframework.stereotype.Service;

/**
 * Import of bank, e-wallet and exchange transactions into a case, as CSV with the documented columns (see
 * docs/FUNDS.md) or JSON, run as an import job. Every row is checked and a bad one reported with its line number;
 * a transaction its source already supplied is skipped and counted; nothing is half-imported.
 *
 * <p>Parameters: {@code case} (the case's id) and {@code source} (the bank or unit that supplied the file).
 */
@Service
public class TransferImport implements ImportHandler {

    public static final String KIND = "TRANSFERS";

    private final FundsCases cases;
    private final FundsStore store;
    private final TransferLoader loader;
    private final CurrencyRates rates;

    public TransferImport(FundsCases cases, FundsStore store, TransferLoader loader, CurrencyRates rates) {
        this.cases = cases;
        this.store = store;
        this.loader = loader;
        this.rates = rates;
    }

    /** The parameters of an import into a case from a source. */
    public static Map<String, String> into(long caseId, String source) {
        return Map.of("case", Long.toString(caseId), "source", source == null ? "" : source);
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public String title() {
        return "transactions";
    }

    @Override
    public Set<ImportFormat> formats() {
        return Set.of(ImportFormat.CSV, ImportFormat.JSON);
    }

    @Override
    public void check(EadsUser user, Map<String, String> parameters) {
        cases.forImport(user, caseId(parameters));
        source(parameters);
    }

    @Override
    public Result run(EadsUser user, Map<String, String> parameters, InputStream content, ImportMode mode,
                      Imports.ProgressListener progress) {
        long caseId = cases.forImport(user, caseId(parameters)).id();
        TransferLoader.Loaded loaded = loader.load(caseId, source(parameters), content, mode, rates.all(),
                progress::rows);
        if (loaded.imported() > 0) {
            store.countTransfers(caseId, loaded.imported());
        }
        List<String> note = new ArrayList<>();
        if (loaded.duplicates() > 0) {
            note.add(loaded.duplicates() + " transactions were already in the case from this source and were skipped");
        }
        return new Result(loaded.processed(), loaded.imported(), loaded.errorRows(), loaded.errors(),
                note.isEmpty() ? null : String.join("; ", note));
    }

    private static long caseId(Map<String, String> parameters) {
        try {
            return Long.parseLong(parameters.getOrDefault("case", ""));
        } catch (NumberFormatException e) {
            throw new InvalidRecordException("case", "name the case the transactions belong to");
        }
    }

    private static String source(Map<String, String> parameters) {
        String source = parameters.getOrDefault("source", "").strip();
        if (source.isEmpty() || source.length() > 100) {
            throw new InvalidRecordException("source", "name the bank or unit that supplied the transactions "
                    + "(1 to 100 characters)");
        }
        return source;
    }
}
