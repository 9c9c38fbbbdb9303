package org.eads.scam;

/**
 * A campaign linked to a scam compound, with the evidence of the link and how many trafficking victims of the
 * viewer's own nationality the compound holds on record.
 */
public record CompoundLink(long campaignId, String campaignTitle, long compoundId, String compoundName,
                           String compoundCountry, String evidence, int victims, int victimsOfViewerNationality) {
}
