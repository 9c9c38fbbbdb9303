package org.eads.demo.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eads.records.FirearmData;

/**
 * Everything the generator draws from, read once from the data files under {@code demo/}: naming cultures, the
 * profile of each AMC, firearms, summary sentences and the words of invented organisation names. Immutable, so one
 * catalogue can serve any number of generators.
 */
public final class Catalogue {

    /** The ten ASEANAPOL member countries, in the order of the member seed migration. */
    public static final List<String> AMCS = List.of("BRN", "KHM", "IDN", "LAO", "MYS", "MMR", "PHL", "SGP", "THA", "VNM");

    private final Map<String, Amc> amcs;
    private final List<FirearmModel> firearms;
    private final Map<String, List<String>> sentences;
    private final Map<String, List<String>> organisationWords;

    public record FirearmModel(String make, String model, String calibre, FirearmData.FirearmType type,
                               String serialLayout) {
    }

    private Catalogue(Map<String, Amc> amcs, List<FirearmModel> firearms, Map<String, List<String>> sentences,
                      Map<String, List<String>> organisationWords) {
        this.amcs = amcs;
        this.firearms = firearms;
        this.sentences = sentences;
        this.organisationWords = organisationWords;
    }

    public static Catalogue load() {
        var thai = new ThaiNames();
        var lao = new LaoNames();
        var khmer = new KhmerNames();
        var burmese = new BurmeseNames();
        var vietnamese = new VietnameseNames();
        var malay = MalayNames.malaysian();
        var singaporeanMalay = MalayNames.singaporean();
        var bruneiMalay = MalayNames.bruneian();
        var malaysianChinese = new ChineseNames("malaysian-chinese", 60, 35, 5, 70, 20);
        var singaporeanChinese = new ChineseNames("singaporean-chinese", 65, 12, 23, 65, 35);
        var bruneianChinese = new ChineseNames("bruneian-chinese", 80, 15, 5, 80, 20);
        var malaysianIndian = new IndianNames("malaysian-indian", "a/l", "a/p");
        var singaporeanIndian = new IndianNames("singaporean-indian", "s/o", "d/o");
        var indonesian = new IndonesianNames();
        var chineseIndonesian = new ChineseIndonesianNames();
        var filipino = new FilipinoNames();

        Map<String, List<String>> places = group(DataFile.read("places.csv", 2));
        Map<String, List<Amc.Bank>> banks = new LinkedHashMap<>();
        for (String[] r : DataFile.read("banks.csv", 3)) {
            banks.computeIfAbsent(r[0], k -> new ArrayList<>()).add(new Amc.Bank(r[1], r[2]));
        }
        Map<String, List<String>> wallets = group(DataFile.read("ewallets.csv", 2));
        List<String[]> vehicles = DataFile.read("vehicles.csv", 6);

        Map<String, Amc> amcs = new LinkedHashMap<>();
        amc(amcs, "BRN", "BN", cultures(bruneiMalay, 86, bruneianChinese, 14), "MYS IDN PHL", places, banks, wallets,
                vehicles);
        amc(amcs, "KHM", "KH", cultures(khmer, 100), "VNM THA LAO", places, banks, wallets, vehicles);
        amc(amcs, "IDN", "ID", cultures(indonesian, 88, chineseIndonesian, 12), "MYS SGP PHL", places, banks, wallets,
                vehicles);
        amc(amcs, "LAO", "LA", cultures(lao, 100), "THA VNM KHM", places, banks, wallets, vehicles);
        amc(amcs, "MYS", "MY", cultures(malay, 57, malaysianChinese, 31, malaysianIndian, 12), "IDN THA SGP PHL MMR",
                places, banks, wallets, vehicles);
        amc(amcs, "MMR", "MM", cultures(burmese, 100), "THA LAO MYS", places, banks, wallets, vehicles);
        amc(amcs, "PHL", "PH", cultures(filipino, 100), "IDN MYS VNM", places, banks, wallets, vehicles);
        amc(amcs, "SGP", "SG", cultures(singaporeanChinese, 74, singaporeanMalay, 14, singaporeanIndian, 12),
                "MYS IDN PHL VNM", places, banks, wallets, vehicles);
        amc(amcs, "THA", "TH", cultures(thai, 100), "MMR LAO KHM MYS VNM", places, banks, wallets, vehicles);
        amc(amcs, "VNM", "VN", cultures(vietnamese, 100), "KHM LAO THA", places, banks, wallets, vehicles);

        List<FirearmModel> firearms = DataFile.read("firearms.csv", 5).stream()
                .map(r -> new FirearmModel(r[0], r[1], r[2], FirearmData.FirearmType.valueOf(r[3]), r[4])).toList();
        return new Catalogue(Map.copyOf(amcs), firearms, group(DataFile.read("summaries.csv", 2)),
                group(DataFile.read("organisations.csv", 2)));
    }

    public Amc amc(String code) {
        Amc amc = amcs.get(code);
        if (amc == null) {
            throw new IllegalArgumentException("'" + code + "' is not an ASEANAPOL member country: use one of " + AMCS);
        }
        return amc;
    }

    public List<FirearmModel> firearms() {
        return firearms;
    }

    /** The sentences filed under {@code key} in summaries.csv, such as {@code person.WANTED}. */
    public List<String> sentences(String key) {
        List<String> list = sentences.get(key);
        if (list == null) {
            throw new IllegalStateException("summaries.csv has no sentence for " + key);
        }
        return list;
    }

    /** The words filed under {@code key} in organisations.csv, such as {@code crime.first}. */
    public List<String> organisationWords(String key) {
        List<String> list = organisationWords.get(key);
        if (list == null) {
            throw new IllegalStateException("organisations.csv has no words for " + key);
        }
        return list;
    }

    private static void amc(Map<String, Amc> amcs, String code, String alpha2, Weighted<NamingCulture> cultures,
                            String neighbours, Map<String, List<String>> places, Map<String, List<Amc.Bank>> banks,
                            Map<String, List<String>> wallets, List<String[]> vehicles) {
        List<Amc.VehicleModel> common = vehicles.stream()
                .filter(r -> r[5].equals("*") || Arrays.asList(r[5].split(" ")).contains(code))
                .map(r -> new Amc.VehicleModel(r[0], r[1], r[2], Integer.parseInt(r[3]), Integer.parseInt(r[4])))
                .toList();
        amcs.put(code, new Amc(code, alpha2, cultures, List.of(neighbours.split(" ")), required(places, code, "places"),
                Agencies.of(code), required(banks, code, "banks"), wallets.getOrDefault(code, List.of()), common));
    }

    private static <T> List<T> required(Map<String, List<T>> map, String code, String what) {
        List<T> list = map.get(code);
        if (list == null || list.isEmpty()) {
            throw new IllegalStateException("the demo data has no " + what + " for " + code);
        }
        return List.copyOf(list);
    }

    private static Weighted<NamingCulture> cultures(Object... culturesAndWeights) {
        Weighted.Builder<NamingCulture> b = Weighted.builder();
        for (int i = 0; i < culturesAndWeights.length; i += 2) {
            b.add((NamingCulture) culturesAndWeights[i], (Integer) culturesAndWeights[i + 1]);
        }
        return b.build();
    }

    private static Map<String, List<String>> group(List<String[]> rows) {
        Map<String, List<String>> map = new LinkedHashMap<>();
        for (String[] r : rows) {
            map.computeIfAbsent(r[0], k -> new ArrayList<>()).add(r[1]);
        }
        map.replaceAll((k, v) -> List.copyOf(v));
        return Map.copyOf(map);
    }
}
