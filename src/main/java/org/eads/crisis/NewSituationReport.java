package org.eads.crisis;

/**
 * A situation report as given.
 *
 * @param distribution a {@link Distribution} name, at most the crisis's own; the crisis's when not given
 * @param attachment   an optional file
 */
public record NewSituationReport(String text, String distribution, Attachment attachment) {
}
