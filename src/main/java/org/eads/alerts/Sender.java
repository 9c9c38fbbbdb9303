package org.eads.alerts;

import org.eads.identity.EadsUser;

/** Who sends a notification: a user of a member, or e-ADS itself on behalf of a member (userId null). */
public record Sender(Long userId, String memberCode) {

    public static Sender of(EadsUser user) {
        return new Sender(user.id(), user.memberCode());
    }

    public static Sender system(String memberCode) {
        return new Sender(null, memberCode);
    }
}
