package uk.gov.london.planreview.sample;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import uk.gov.london.planreview.plan.ActionType;
import uk.gov.london.planreview.plan.Rag;
import uk.gov.london.planreview.sample.PlanDocument.Entry;
import uk.gov.london.planreview.sample.PlanProfile.Quirk;
import uk.gov.london.planreview.sample.Vocabulary.Fill;
import uk.gov.london.planreview.sample.Vocabulary.Idea;
import uk.gov.london.planreview.template.MandatoryAction;

/**
 * The template's mandatory actions as a council fills them in: the template's wording
 * (lightly edited where the council renumbered), its own outcome, lead and documents
 * from the sample wording — or, where the council left it untouched, nothing but the
 * template's text.
 */
final class MandatoryFills {

	private final Composition plan;

	private final Dice dice;

	private final RowFiller rows;

	MandatoryFills(Composition plan, RowFiller rows) {
		this.plan = plan;
		this.dice = plan.dice;
		this.rows = rows;
	}

	/**
	 * One or two mandatory actions (never a theme's first) singled out for a quirk, such
	 * as being deleted or left as the template gave it.
	 */
	Set<String> choose(Quirk quirk) {
		if (!this.plan.has(quirk)) {
			return Set.of();
		}
		List<String> refs = this.plan.version.mandatoryActions()
			.stream()
			.map(MandatoryAction::ref)
			.filter(ref -> !ref.endsWith(".1"))
			.toList();
		return new LinkedHashSet<>(this.dice.sample(refs, this.dice.between(1, 2)));
	}

	Entry entry(MandatoryAction action, String ref, boolean untouched) {
		String text = action.text();
		if (this.plan.has(Quirk.RENUMBERED)) {
			text = reword(text);
		}
		String typeLabel = this.plan.typeLetters ? "M"
				: this.dice.pick("Mandatory", "Mandatory", "Mandatory action");
		if (untouched) {
			return new Entry(ref, false, ActionType.MANDATORY, typeLabel, text, null, null, null, null, null, null,
					null, null, Rag.NONE, null, null, null, null, Map.of(), false, null, null);
		}
		Fill fill = this.plan.words.fills.get(this.plan.profile.version() + ":" + action.ref());
		if (fill == null) {
			fill = this.plan.words.fills.get("2021:" + action.ref());
		}
		Idea idea = new Idea("mandatory", 0, text, fill.outcome(), fill.baseline(), fill.lead(), fill.orgs());
		Entry entry = this.rows.filled(idea, ActionType.MANDATORY, typeLabel, null, null);
		String documents = entry.documents() == null || fill.docs().isEmpty() ? entry.documents()
				: fill.docs().replace("; ", this.plan.orgSeparator.contains("\n") ? "\n" : "; ");
		return entry.withDocuments(documents).withRef(ref, false);
	}

	/** The light edits councils make when they renumber a mandatory action. */
	private String reword(String text) {
		return switch (this.dice.between(0, 3)) {
			case 0 -> "We will " + Character.toLowerCase(text.charAt(0)) + text.substring(1);
			case 1 -> text.replace(" and ", " & ");
			case 2 -> text + ".";
			default -> text;
		};
	}

}
