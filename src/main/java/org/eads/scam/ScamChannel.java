package org.eads.scam;

/** How the scammer first reached the victim. */
public enum ScamChannel {
    CALL, SMS, MESSAGING_APP, SOCIAL_MEDIA, WEBSITE, DATING_APP, EMAIL, OTHER
}
