package uk.gov.london.planreview.template;

import java.util.List;

/**
 * A theme of one template version.
 *
 * @param name the theme as that version names it
 * @param reportedAs the 2021+ theme it corresponds to, under which it is reported and
 * compared
 * @param order its place in the template (1-based)
 * @param alsoCalled other names plans give it (sheet names, section rows)
 */
public record Theme(String name, String reportedAs, int order, List<String> alsoCalled) {
}
