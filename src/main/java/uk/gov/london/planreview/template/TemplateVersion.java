package uk.gov.london.planreview.template;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import uk.gov.london.planreview.text.Words;

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

	/**
	 * Whether a text mostly repeats what this version's mandatory actions in the theme
	 * ask: more than half of its words (stems, {@link Words}) are theirs. "Public health
	 * to supply hospital and ambulance data for the strategic needs assessment" repeats
	 * the 2021 template's "Complete an annual strategic needs assessment" and "Use ISTV
	 * A&E data and wider public health data": every plan on the template has it, so it is
	 * neither a new idea nor what marks a plan out.
	 */
	public boolean repeatsMandatory(String theme, String text) {
		Set<String> stems = Words.stemSet(text);
		Set<String> asked = new HashSet<>();
		this.mandatoryActions.stream()
			.filter(m -> m.theme().equals(theme))
			.forEach(m -> asked.addAll(Words.stemSet(m.text())));
		return !stems.isEmpty() && stems.stream().filter(asked::contains).count() * 2 > stems.size();
	}

	public Optional<MandatoryAction> mandatoryAction(String ref) {
		return this.mandatoryActions.stream().filter(m -> m.ref().equalsIgnoreCase(ref)).findFirst();
	}

}
