package uk.gov.london.planreview.template;

/**
 * A mandatory action pre-filled in a template version.
 *
 * @param theme the reported (2021+) theme
 * @param ref the template's reference, e.g. {@code 4.3} or {@code MS1}
 * @param text the action as the template words it
 */
public record MandatoryAction(String theme, String ref, String text) {
}
