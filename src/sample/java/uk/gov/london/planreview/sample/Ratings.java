package uk.gov.london.planreview.sample;

import uk.gov.london.planreview.plan.Rag;
import uk.gov.london.planreview.sample.PlanDocument.Colour;
import uk.gov.london.planreview.sample.PlanDocument.Colours;
import uk.gov.london.planreview.sample.PlanProfile.RagMode;

/**
 * How a plan rates its actions: how often each rating comes up for a plan of its quality,
 * and how it writes and colours them.
 */
final class Ratings {

	private static final String[][] STYLES = { { "R", "A", "G", "B" }, { "Red", "Amber", "Green", "Complete" },
			{ "Red", "Amber", "Green", "Blue" }, { "RED", "AMBER", "GREEN", "COMPLETE" },
			{ "Red", "Amber", "On track", "Complete" } };

	private final Composition plan;

	private final Dice dice;

	/**
	 * Rated rows so far, so that a mixed plan's disagreeing colours fall at a steady rate.
	 */
	private int rated;

	Ratings(Composition plan) {
		this.plan = plan;
		this.dice = plan.dice;
	}

	/**
	 * The fills a plan uses. Drawn with the plan's habits, as the key below the table
	 * shows them too.
	 */
	static Colours colours(PlanProfile profile, Dice dice) {
		if (profile.ragMode() == RagMode.FILL_THEME) {
			// Excel's "Green, Accent 6, Lighter 40%", "Gold, Accent 4", "Blue, Accent
			// 1"; red is a standard colour
			return new Colours(Colour.rgb("FF0000"), Colour.theme(7, 0, "FFC000"),
					Colour.theme(9, 0.3999755851924192, "A9D08E"), Colour.theme(4, -0.249977111117893, "2F5597"));
		}
		return new Colours(Colour.rgb(dice.pick("FF0000", "C00000")), Colour.rgb("FFC000"),
				Colour.rgb(dice.pick("00B050", "92D050")), Colour.rgb("0070C0"));
	}

	/** A rating, as often as a plan of this quality gives each; planted work is never red. */
	Rag rag(boolean planted) {
		double roll = this.dice.between(0, 99) / 100.0;
		double[] cut = switch (this.plan.profile.quality()) {
			// red, amber, green, complete; the rest is unrated
			case EXEMPLARY -> new double[] { 0.08, 0.3, 0.82, 1.0 };
			case TYPICAL -> new double[] { 0.12, 0.4, 0.85, 0.95 };
			case POLICE_ONLY -> new double[] { 0.05, 0.25, 0.85, 0.9 };
			case HALF_EMPTY -> new double[] { 0.12, 0.35, 0.6, 0.65 };
			case VERY_BRIEF -> new double[] { 0.1, 0.3, 0.6, 0.6 };
		};
		Rag rag = roll < cut[0] ? Rag.RED
				: roll < cut[1] ? Rag.AMBER : roll < cut[2] ? Rag.GREEN : roll < cut[3] ? Rag.COMPLETE : Rag.NONE;
		return planted && rag == Rag.RED ? Rag.AMBER : rag;
	}

	/** The rating as written in the cell, or null where the plan rates by colour alone. */
	String written(Rag rag) {
		return this.plan.profile.ragMode().text() ? text(rag) : null;
	}

	/** The cell's fill, or null where the plan rates in words alone. */
	Colour fill(Rag rag) {
		return this.plan.profile.ragMode().fill() ? this.plan.colours.of(rag) : null;
	}

	/**
	 * An action row's fill: in a mixed plan the colour now and then says one thing and the
	 * word another, as when a row is updated but not recoloured.
	 */
	Colour rowFill(Rag rag) {
		Colour fill = fill(rag);
		if (rag != Rag.NONE && this.plan.profile.ragMode() == RagMode.MIXED && ++this.rated % 7 == 3) {
			fill = this.plan.colours.of(rag == Rag.GREEN ? Rag.AMBER : Rag.GREEN);
		}
		return fill;
	}

	private String text(Rag rag) {
		if (rag == Rag.NONE) {
			return null;
		}
		String text = STYLES[this.plan.ragStyle][rag.ordinal()];
		if (this.plan.ragStyle == 4 && rag == Rag.GREEN) {
			// the loose style mixes its words, as a plan filled in by several officers
			// does
			text = this.dice.pick("On track", "G", "Green");
		}
		return text;
	}

}
