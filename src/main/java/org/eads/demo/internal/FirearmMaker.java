package org.eads.demo.internal;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.eads.records.FirearmData;
import org.eads.records.FirearmData.Status;

/** Firearms of the makes and models found in the region, with serial numbers in their maker's style. */
public final class FirearmMaker {

    private static final Weighted<Status> STATUSES = Weighted.<Status>builder()
            .add(Status.TRAFFICKED, 40).add(Status.STOLEN, 30).add(Status.RECOVERED, 20).add(Status.LOST, 10).build();

    private final Catalogue catalogue;
    private final Rng rng;
    private final Map<Status, List<String>> sentences = new EnumMap<>(Status.class);

    public FirearmMaker(Catalogue catalogue, Rng rng) {
        this.catalogue = catalogue;
        this.rng = rng;
        for (Status s : Status.values()) {
            sentences.put(s, catalogue.sentences("firearm." + s.name()));
        }
    }

    public FirearmData next() {
        Catalogue.FirearmModel m = rng.pick(catalogue.firearms());
        Status status = STATUSES.pick(rng);
        return new FirearmData(rng.layout(m.serialLayout()), null, m.make(), m.model(), m.calibre(), m.type(), status,
                rng.pick(sentences.get(status)));
    }
}
