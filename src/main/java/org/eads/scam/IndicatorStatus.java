package org.eads.scam;

/** What is known of an indicator: reported; verified mule or scam number ("grey"); designated ("black"); cleared. */
public enum IndicatorStatus {
    REPORTED, GREY, BLACK, CLEARED
}
