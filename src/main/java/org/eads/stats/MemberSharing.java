package org.eads.stats;

import java.time.Instant;

/**
 * One member's sharing choice as it stands: {@code chosen} is false while the member has never chosen and the
 * {@link SharingChoice#DEFAULT} applies (then {@code changedBy} and {@code changedAt} are null).
 */
public record MemberSharing(String member, String memberName, SharingChoice choice, boolean chosen, String changedBy,
                            Instant changedAt) {
}
