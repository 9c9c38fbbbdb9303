package org.eads.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import org.eads.demo.internal.Catalogue;
import org.eads.demo.internal.Dissemination;
import org.eads.demo.internal.FirearmMaker;
import org.eads.demo.internal.GeneratedPerson;
import org.eads.demo.internal.IndicatorMaker;
import org.eads.demo.internal.OrganisationMaker;
import org.eads.demo.internal.PersonMaker;
import org.eads.demo.internal.Rng;
import org.eads.demo.internal.TravelDocumentMaker;
import org.eads.demo.internal.VehicleMaker;
import org.eads.demo.internal.Weighted;
import org.eads.records.RecordData;
import org.eads.records.RecordInput;
import org.eads.records.RecordType;

/**
 * Realistic synthetic records of one owner member, as that member's officers would create them: persons named in
 * the member's naming conventions and scripts, documents, vehicles, firearms, organisations and indicators in its
 * formats, shared at every sharing level. The same owner, seed, date and mix always give the same records, and
 * every record passes {@link RecordInput#validate}. Not thread-safe: use one generator per thread.
 *
 * <pre>{@code
 * RecordGenerator.generate("THA", 42).limit(1_000_000).forEach(records::create);
 * }</pre>
 */
public final class RecordGenerator {

    /** The ten ASEANAPOL member countries a generator can stand for. */
    public static final List<String> MEMBERS = Catalogue.AMCS;

    private final String owner;
    private final Rng rng;
    private final Weighted<RecordType> types;
    private final Dissemination dissemination;
    private final PersonMaker persons;
    private final TravelDocumentMaker documents;
    private final IndicatorMaker indicators;
    private final VehicleMaker vehicles;
    private final FirearmMaker firearms;
    private final OrganisationMaker organisations;

    /** Records as of today, in the default mix. */
    public RecordGenerator(String ownerMemberAlpha3, long seed) {
        this(ownerMemberAlpha3, seed, LocalDate.now(), RecordMix.DEFAULT);
    }

    /**
     * Records as of {@code asOf}: dates of birth and reports lie before it and review dates after it (within ten
     * years), so records made for a past date fail the review date check of today.
     */
    public RecordGenerator(String ownerMemberAlpha3, long seed, LocalDate asOf, RecordMix mix) {
        this(Catalogue.load(), ownerMemberAlpha3, seed, asOf, mix);
    }

    RecordGenerator(Catalogue catalogue, String ownerMemberAlpha3, long seed, LocalDate asOf, RecordMix mix) {
        var amc = catalogue.amc(ownerMemberAlpha3);
        this.owner = amc.code();
        // Each member draws from its own stream, so that members generated with one seed do not mirror each other.
        this.rng = new Rng(seed ^ (0x9E3779B97F4A7C15L * owner.hashCode()));
        Weighted.Builder<RecordType> t = Weighted.builder();
        for (RecordType type : RecordType.values()) {
            t.add(type, mix.weight(type));
        }
        this.types = t.build();
        this.dissemination = new Dissemination(owner, rng, asOf);
        this.persons = new PersonMaker(catalogue, amc, rng, asOf);
        this.documents = new TravelDocumentMaker(catalogue, amc, rng, asOf);
        this.indicators = new IndicatorMaker(catalogue, amc, rng);
        this.vehicles = new VehicleMaker(catalogue, amc, rng, asOf);
        this.firearms = new FirearmMaker(catalogue, rng);
        this.organisations = new OrganisationMaker(catalogue, amc, rng);
    }

    /** An endless, ordered stream of records of the owner member, as of today in the default mix. */
    public static Stream<RecordInput> generate(String ownerMemberAlpha3, long seed) {
        return new RecordGenerator(ownerMemberAlpha3, seed).stream();
    }

    /** The ISO 3166-1 alpha-3 code of the member whose records these are. */
    public String owner() {
        return owner;
    }

    /** The next record, of a type drawn from the mix. */
    public RecordInput next() {
        return next(types.pick(rng));
    }

    /** The next record of the given type. */
    public RecordInput next(RecordType type) {
        RecordData data = switch (type) {
            case PERSON -> persons.next().data();
            case TRAVEL_DOCUMENT -> documents.next();
            case INDICATOR -> indicators.next();
            case VEHICLE -> vehicles.next();
            case FIREARM -> firearms.next();
            case ORGANISATION -> organisations.next();
        };
        return dissemination.share(data);
    }

    /** The rest of this generator's records as an endless, ordered, sequential stream. */
    public Stream<RecordInput> stream() {
        return StreamSupport.stream(new Spliterators.AbstractSpliterator<RecordInput>(Long.MAX_VALUE,
                Spliterator.ORDERED | Spliterator.NONNULL) {
            @Override
            public boolean tryAdvance(Consumer<? super RecordInput> action) {
                action.accept(next());
                return true;
            }
        }, false);
    }

    RecordType nextType() {
        return types.pick(rng);
    }

    GeneratedPerson nextPerson() {
        return persons.next();
    }

    RecordInput share(RecordData data) {
        return dissemination.share(data);
    }

    RecordData documentOf(GeneratedPerson person) {
        return documents.of(person);
    }

    RecordData indicatorOf(GeneratedPerson person) {
        return indicators.of(person);
    }

    Rng rng() {
        return rng;
    }
}
