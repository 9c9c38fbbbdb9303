package org.eads.demo.internal;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.eads.records.VehicleData;
import org.eads.records.VehicleData.Status;

/** Vehicles common in the plate country, with a VIN that carries a correct check digit and a plate of its format. */
public final class VehicleMaker {

    private static final Weighted<Status> STATUSES = Weighted.<Status>builder()
            .add(Status.STOLEN, 45).add(Status.USED_IN_CRIME, 25).add(Status.WANTED, 15).add(Status.RECOVERED, 15)
            .build();
    private static final String[] COLOURS = {"White", "White", "Silver", "Silver", "Black", "Grey", "Red", "Blue",
        "Bronze", "Brown", "Green", "Gold", "Pearl white", "Dark blue"};

    private final Catalogue catalogue;
    private final Amc owner;
    private final Rng rng;
    private final int thisYear;
    private final Map<Status, List<String>> sentences = new EnumMap<>(Status.class);

    public VehicleMaker(Catalogue catalogue, Amc owner, Rng rng, LocalDate asOf) {
        this.catalogue = catalogue;
        this.owner = owner;
        this.rng = rng;
        this.thisYear = asOf.getYear();
        for (Status s : Status.values()) {
            sentences.put(s, catalogue.sentences("vehicle." + s.name()));
        }
    }

    public VehicleData next() {
        Amc country = rng.percent(90) ? owner : catalogue.amc(rng.pick(owner.neighbours()));
        Amc.VehicleModel model = rng.pick(country.vehicles());
        int last = Math.min(model.lastYear(), thisYear);
        int year = rng.between(Math.min(model.firstYear(), last), last);
        int roll = rng.below(100);
        boolean hasVin = roll < 85;
        boolean hasPlate = roll >= 10;
        Status status = STATUSES.pick(rng);
        return new VehicleData(hasVin ? VinMaker.vin(model.wmi(), year, rng) : null,
                hasPlate ? Plates.plate(country.code(), rng) : null, hasPlate ? country.code() : null, model.make(),
                model.model(), rng.pick(COLOURS), year, status, rng.pick(sentences.get(status)));
    }
}
