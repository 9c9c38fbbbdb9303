package org.eads.records.internal.web;

/** One field that a version changed: its path in the record's JSON form, and the value before and after. */
record FieldChange(String field, String before, String after) {
}
