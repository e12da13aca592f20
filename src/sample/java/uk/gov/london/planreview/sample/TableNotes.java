package uk.gov.london.planreview.sample;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import uk.gov.london.planreview.sample.PlanDocument.Colours;
import uk.gov.london.planreview.sample.PlanDocument.KeyLine;
import uk.gov.london.planreview.sample.PlanProfile.Quirk;

/**
 * The rows some plans write around their action table — title lines and guidance above
 * the header, a key and notes below the last action — which a reader must step over to
 * find the table.
 */
final class TableNotes {

	private final Composition plan;

	private final Dice dice;

	private final Titles titles;

	TableNotes(Composition plan, Titles titles) {
		this.plan = plan;
		this.dice = plan.dice;
		this.titles = titles;
	}

	List<String> titleLines() {
		if (!this.plan.has(Quirk.TITLE_ROWS)) {
			return List.of();
		}
		List<String> lines = new ArrayList<>();
		if (this.dice.chance(0.5)) {
			lines.add(this.dice.pick("[Council logo]", "MAYOR OF LONDON",
					this.plan.profile.cspName().toUpperCase(Locale.UK)));
		}
		lines.add(this.titles.planTitle());
		if (this.dice.chance(0.6)) {
			lines.add("Last updated: "
					+ this.plan.period.submitted().format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK)));
		}
		return lines;
	}

	List<String> instructions() {
		if (!this.plan.has(Quirk.INSTRUCTIONS)) {
			return List.of();
		}
		List<String> lines = new ArrayList<>(List.of(
				"Instructions: please complete every column for each action. Mandatory actions are pre-filled and should not be deleted.",
				"Add local actions beneath the mandatory actions in each theme."));
		if (this.dice.chance(0.5)) {
			lines.add("RAG: Red = not on track, Amber = some concerns, Green = on track, Blue = complete.");
		}
		return lines;
	}

	/** The key to the ratings, in their colours where the plan rates by colour, and a note. */
	List<KeyLine> key() {
		if (!this.plan.has(Quirk.KEY_BELOW)) {
			return List.of();
		}
		boolean colour = this.plan.profile.ragMode().fill();
		Colours colours = this.plan.colours;
		List<KeyLine> key = new ArrayList<>();
		key.add(new KeyLine("Key:", null));
		key.add(new KeyLine("R = not on track / significant concerns", colour ? colours.red() : null));
		key.add(new KeyLine("A = some slippage, being managed", colour ? colours.amber() : null));
		key.add(new KeyLine("G = on track", colour ? colours.green() : null));
		key.add(new KeyLine(this.plan.ragStyle == 2 ? "Blue = complete" : "Complete = action finished",
				colour ? colours.complete() : null));
		key.add(new KeyLine("Notes:", null));
		key.add(new KeyLine(
				this.dice.pick("Mandatory actions are listed first in each theme; local actions follow.",
						"Progress is updated before each delivery group meeting.",
						"Actions marked complete will be removed at the next refresh."),
				null));
		return key;
	}

}
