package org.eads.scam;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/** A scam compound as an analyst enters it; operators are shared records (persons or organisations). */
public record CompoundInput(String name, String country, String location, BigDecimal latitude, BigDecimal longitude,
                            String notes, List<UUID> operators) {
}
