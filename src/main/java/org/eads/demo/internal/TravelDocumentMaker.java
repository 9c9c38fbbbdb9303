package org.eads.demo.internal;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eads.records.PartialDate;
import org.eads.records.TravelDocumentData;
import org.eads.records.TravelDocumentData.DocumentType;
import org.eads.records.TravelDocumentData.Status;

/**
 * Stolen, lost, revoked and fraudulent passports and identity cards: numbers in the issuing country's format, the
 * holder named in the issuing country's culture as the document prints it, reported in the past five years.
 */
public final class TravelDocumentMaker {

    private static final Weighted<Status> STATUSES = Weighted.<Status>builder()
            .add(Status.LOST, 40).add(Status.STOLEN, 35).add(Status.FRAUDULENT, 15).add(Status.REVOKED, 10).build();

    private final Catalogue catalogue;
    private final Amc owner;
    private final Rng rng;
    private final LocalDate asOf;
    private final Map<Status, List<String>> sentences = new EnumMap<>(Status.class);

    public TravelDocumentMaker(Catalogue catalogue, Amc owner, Rng rng, LocalDate asOf) {
        this.catalogue = catalogue;
        this.owner = owner;
        this.rng = rng;
        this.asOf = asOf;
        for (Status s : Status.values()) {
            sentences.put(s, catalogue.sentences("document." + s.name()));
        }
    }

    public TravelDocumentData next() {
        Amc issuer = rng.percent(85) ? owner : catalogue.amc(rng.pick(owner.neighbours()));
        boolean male = rng.percent(60);
        GeneratedName holder = issuer.cultures().pick(rng).name(rng, male);
        LocalDate born = asOf.minusDays(rng.between(18 * 365, 70 * 365));
        return document(issuer.code(), holder, born, male);
    }

    /** A document of a person generated elsewhere, issued by the person's country. */
    public TravelDocumentData of(GeneratedPerson person) {
        return document(person.nationality(), person.name(), person.born(), person.male());
    }

    private TravelDocumentData document(String issuer, GeneratedName holder, LocalDate born, boolean male) {
        boolean passport = rng.percent(82);
        String number = passport ? Documents.passport(issuer, rng) : Documents.identityCard(issuer, rng, born, male);
        Status status = STATUSES.pick(rng);
        return new TravelDocumentData(passport ? DocumentType.PASSPORT : DocumentType.ID_CARD, number, null, issuer,
                holder.passport().toUpperCase(Locale.ROOT),
                new PartialDate(born.getYear(), born.getMonthValue(), born.getDayOfMonth()), status,
                asOf.minusDays(rng.between(1, 5 * 365)), rng.pick(sentences.get(status)));
    }
}
