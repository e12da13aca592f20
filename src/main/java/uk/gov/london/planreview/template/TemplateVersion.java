package uk.gov.london.planreview.template;

import java.util.List;
import java.util.Optional;

/**
 * One version of the common plan template: its themes, in order, and its mandatory
 * actions.
 *
 * @param id {@code 2017}, {@code 2021} or {@code 2023}
 * @param title the template's title
 * @param signOffRequired whether a plan must carry the Chief Executive / Leader / BCU
 * Commander sign-off
 * @param recognisedBy words on a cover sheet that identify this version
 */
public record TemplateVersion(String id, String title, boolean signOffRequired, List<String> recognisedBy,
		List<Theme> themes, List<MandatoryAction> mandatoryActions) {

	/** The reported themes of this version, in template order. */
	public List<String> reportedThemes() {
		return this.themes.stream().map(Theme::reportedAs).toList();
	}

	public Optional<MandatoryAction> mandatoryAction(String ref) {
		return this.mandatoryActions.stream().filter(m -> m.ref().equalsIgnoreCase(ref)).findFirst();
	}

}
