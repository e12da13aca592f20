package uk.gov.london.planreview.sample;

import uk.gov.london.planreview.sample.PlanProfile.Quirk;

/**
 * Turns stock wording into the plan's own: its place, wards, figures and months, and —
 * where the plan has them — the smart quotes and non-breaking spaces of text pasted from
 * Word.
 */
final class Wording {

	private final Composition plan;

	private final Dice dice;

	Wording(Composition plan) {
		this.plan = plan;
		this.dice = plan.dice;
	}

	/**
	 * Fills placeholders and, where the plan has them, smart quotes and non-breaking
	 * spaces.
	 */
	String words(String text) {
		if (text == null || text.isEmpty()) {
			return text;
		}
		String filled = text.replace("{place}", this.plan.profile.place())
			.replace("{ward}", this.dice.pick(this.plan.words.phrases("ward")))
			.replace("{n3}", String.valueOf(this.dice.between(120, 980)))
			.replace("{n}", String.valueOf(this.dice.between(4, 60)))
			.replace("{month}", this.plan.period.someMonth(this.dice));
		if (this.plan.has(Quirk.SMART_TEXT) && this.dice.chance(0.35)) {
			filled = smarten(filled);
		}
		return filled;
	}

	/** Very brief plans cut the action to its first clause. */
	static String brief(String text) {
		int comma = text.indexOf(',');
		return comma > 20 ? text.substring(0, comma) : text;
	}

	private String smarten(String text) {
		String smart = text.replaceAll("(^|\\s)'", "$1‘").replace("'", "’");
		if (smart.contains(" ") && this.dice.chance(0.5)) {
			int at = smart.indexOf(' ', smart.length() / 2);
			if (at > 0) {
				smart = smart.substring(0, at) + '\u00A0' + smart.substring(at + 1);
			}
		}
		if (this.dice.chance(0.3)) {
			smart = smart + '\u00A0';
		}
		return smart.replaceAll("\"([^\"]*)\"", "“$1”");
	}

}
