package uk.gov.london.planreview.sample;

import uk.gov.london.planreview.sample.PlanDocument.Colours;
import uk.gov.london.planreview.sample.PlanProfile.Quirk;
import uk.gov.london.planreview.template.TemplateVersion;

/**
 * One plan being composed: its profile, its dice, its template and period, and the habits
 * that hold across all its sheets. The parts of a plan share this, so they draw from one
 * dice in the order the plan is written; the habits are drawn here, first, so every part
 * sees the same ones.
 */
final class Composition {

	final PlanProfile profile;

	final Dice dice;

	final TemplateVersion version;

	final Period period;

	final Vocabulary words = Vocabulary.get();

	/** How the plan separates organisations in one cell (" / ", a new line, ...). */
	final String orgSeparator;

	/** Which of the ways of writing ratings the plan uses ("R", "Red", "RED", ...). */
	final int ragStyle;

	/** Which of the ways of heading a theme the plan uses ("Theme 2: ...", ...). */
	final int headingStyle;

	/** Whether action types are written as letters (M, L, D) rather than words. */
	final boolean typeLetters;

	/** Whether a renumbered plan prefixes its references with the theme ("YP3"). */
	final boolean prefixedRefs;

	final Colours colours;

	Composition(PlanProfile profile, TemplateVersion version) {
		this.profile = profile;
		this.dice = new Dice(profile.onsCodes().get(0), "plan");
		this.version = version;
		this.period = Period.of(profile.version(), this.dice);
		this.orgSeparator = this.dice.pick(" / ", " & ", ", ", "\n", "; ");
		this.ragStyle = this.dice.between(0, 4);
		this.headingStyle = this.dice.between(0, 4);
		this.typeLetters = this.dice.chance(0.3);
		this.prefixedRefs = this.dice.chance(0.5);
		this.colours = Ratings.colours(profile, this.dice);
	}

	boolean has(Quirk quirk) {
		return this.profile.has(quirk);
	}

	/** Whether the plan is on this template version ("2017", "2021", "2023"). */
	boolean is(String templateVersion) {
		return templateVersion.equals(this.profile.version());
	}

}
