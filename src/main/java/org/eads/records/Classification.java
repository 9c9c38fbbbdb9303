package org.eads.records;

/** The protective marking of a record. */
public enum Classification {
    RESTRICTED, CONFIDENTIAL, SECRET
}
