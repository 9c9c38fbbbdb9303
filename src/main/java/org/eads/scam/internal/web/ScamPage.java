package org.eads.scam.internal.web;

/** Marks the controllers of the scam centre's pages, whose errors {@link ScamPageErrors} answers as pages. */
public interface ScamPage {
}
