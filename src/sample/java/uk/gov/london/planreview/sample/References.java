package uk.gov.london.planreview.sample;

import java.util.List;

import uk.gov.london.planreview.sample.PlanDocument.Entry;
import uk.gov.london.planreview.sample.PlanProfile.Quirk;
import uk.gov.london.planreview.template.MandatoryAction;

/**
 * How a plan numbers its actions: on from the template's numbers within each theme
 * ("4.3"), or, where the council renumbered, in its own scheme.
 */
final class References {

	/**
	 * Theme prefixes of councils that renumber the template's actions in their own scheme
	 * ("YP3").
	 */
	private static final String[] OWN_PREFIXES = { "G", "AE", "W", "YP", "C", "V", "D", "VAWG" };

	private final Composition plan;

	References(Composition plan) {
		this.plan = plan;
	}

	boolean renumbered() {
		return this.plan.has(Quirk.RENUMBERED);
	}

	/**
	 * A council's own reference: a theme prefix and number ("YP3"), or one running
	 * number.
	 */
	String renumber(int theme, int indexInTheme, int sequence) {
		return this.plan.prefixedRefs ? OWN_PREFIXES[theme - 1] + indexInTheme : String.valueOf(sequence);
	}

	String local(int theme, int number, int sequence) {
		return renumbered() ? renumber(theme, number, sequence) : theme + "." + number;
	}

	/** Local actions continue the theme's numbering after the mandatory ones. */
	int next(int theme, List<Entry> mandatory) {
		if (renumbered()) {
			return mandatory.size() + 1;
		}
		int max = 0;
		for (MandatoryAction action : this.plan.version.mandatoryActions()) {
			String ref = action.ref();
			if (ref.startsWith(theme + ".")) {
				max = Math.max(max, Integer.parseInt(ref.substring(ref.indexOf('.') + 1)));
			}
		}
		return max + 1;
	}

	/**
	 * The entry under its reference; where the plan works references out from the row
	 * above, a formula where one may be.
	 */
	Entry numbered(Entry e, String ref, boolean formulaAllowed) {
		return e.withRef(ref, formulaAllowed && this.plan.has(Quirk.FORMULA_REFS) && !renumbered());
	}

}
