package org.eads.dvi.internal.dna;

import java.util.List;
import java.util.Locale;

/** STR locus names as kits and tables write them, made one: {@code vWA}, {@code VWA} and {@code vwa} are one locus. */
public final class Loci {

    /** The 20 CODIS core loci. */
    public static final List<String> CODIS_20 = List.of("CSF1PO", "FGA", "TH01", "TPOX", "VWA", "D3S1358", "D5S818",
            "D7S820", "D8S1179", "D13S317", "D16S539", "D18S51", "D21S11", "D1S1656", "D2S441", "D2S1338", "D10S1248",
            "D12S391", "D19S433", "D22S1045");
    /** The European Standard Set. */
    public static final List<String> ESS = List.of("D3S1358", "VWA", "D8S1179", "D21S11", "D18S51", "TH01", "FGA",
            "D1S1656", "D2S441", "D10S1248", "D12S391", "D22S1045");

    private Loci() {
    }

    public static String canonical(String locus) {
        return locus.strip().toUpperCase(Locale.ROOT).replaceAll("[\\s_-]+", "");
    }
}
