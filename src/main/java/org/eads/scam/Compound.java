package org.eads.scam;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A scam compound: a site where people, many trafficked there, are forced to run scams.
 *
 * @param operators shared records of its operators that the viewer may see
 * @param campaigns the campaigns linked to it that the viewer may see
 */
public record Compound(long id, String name, String country, String location, BigDecimal latitude,
                       BigDecimal longitude, String notes, List<UUID> operators, List<Victim> victims,
                       int victimsOfViewerNationality, List<CompoundLink> campaigns) {

    /** A person rescued from or trafficked into the compound, without a name. */
    public record Victim(long id, String nationality, String sex, String ageBand, Recruitment recruitedBy,
                         LocalDate rescuedOn, String enteredByMember) {
    }

    /** How a trafficked person was recruited. */
    public enum Recruitment {
        JOB_AD, SOCIAL_MEDIA, ACQUAINTANCE, AGENCY, OTHER
    }
}
