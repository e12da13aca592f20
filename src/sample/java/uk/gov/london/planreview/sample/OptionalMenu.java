package uk.gov.london.planreview.sample;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import uk.gov.london.planreview.plan.Rag;
import uk.gov.london.planreview.sample.PlanDocument.OptionalEntry;
import uk.gov.london.planreview.sample.PlanProfile.Quality;
import uk.gov.london.planreview.sample.PlanProfile.Quirk;
import uk.gov.london.planreview.sample.Vocabulary.Option;

/**
 * The optional actions tab: the template version's menu, each item marked adopted or
 * not — fuller plans adopt more — and the adopted ones filled in like an action row.
 */
final class OptionalMenu {

	private final Composition plan;

	private final Dice dice;

	private final People people;

	private final Ratings ratings;

	private final DateWriting dates;

	OptionalMenu(Composition plan, People people, Ratings ratings, DateWriting dates) {
		this.plan = plan;
		this.dice = plan.dice;
		this.people = people;
		this.ratings = ratings;
		this.dates = dates;
	}

	List<String> headings() {
		List<String> headings = new ArrayList<>(List.of(this.dice.pick("Ref", "No."),
				this.dice.pick("Theme", "Section"), this.dice.pick("Optional action", "Action", "Optional actions"),
				this.dice.pick("Adopted (Y/N)", "Will you adopt this action?", "Adopted", "Adopted (Y/N)"),
				this.dice.pick("Named lead", "Lead officer", "Lead")));
		if (!this.plan.has(Quirk.LEAD_ONLY)) {
			headings.add(this.dice.pick("Lead organisation", "Agency", "Partner(s)"));
		}
		headings.addAll(List.of(this.dice.pick("Outcome", "Expected outcome"),
				this.dice.pick("Timescale", "Timescales"), this.dice.pick("RAG", "RAG status")));
		return headings;
	}

	/** The menu's rows, or none when the plan has no optional tab. */
	List<OptionalEntry> entries(String sheet) {
		if (sheet == null) {
			return List.of();
		}
		double adopt = switch (this.plan.profile.quality()) {
			case EXEMPLARY -> 0.6;
			case TYPICAL -> 0.35;
			case HALF_EMPTY -> 0.25;
			default -> 0.05;
		};
		String[] yesNo = this.dice.pick(new String[] { "Y", "N" }, new String[] { "Yes", "No" },
				new String[] { "Y", "" }, new String[] { "y", "n" });
		List<OptionalEntry> entries = new ArrayList<>();
		for (Option option : this.plan.words.optional) {
			if (!option.versions().contains(this.plan.profile.version())) {
				continue;
			}
			String theme = this.plan.version.themes().get(option.theme() - 1).name();
			if (!this.dice.chance(adopt)) {
				entries.add(new OptionalEntry(option.ref(), theme, option.text(),
						this.dice.chance(0.3) ? "" : yesNo[1], null, null, null, null, null, null));
				continue;
			}
			entries.add(adopted(option, theme, yesNo[0]));
		}
		return entries;
	}

	/** An adopted item; a half-empty plan often marks it adopted and leaves the rest blank. */
	private OptionalEntry adopted(Option option, String theme, String yes) {
		boolean fill = this.plan.profile.quality() != Quality.HALF_EMPTY || this.dice.chance(0.4);
		Rag rag = this.ratings.rag(false);
		LocalDate start = this.plan.period.start().plusMonths(this.dice.between(0, 6));
		return new OptionalEntry(option.ref(), theme, option.text(), yes, fill ? this.people.lead(option.lead()) : null,
				fill && !this.plan.has(Quirk.LEAD_ONLY) ? this.people.organisations(option.orgs()) : null,
				fill ? option.outcome() : null, fill ? this.dates.timescale(start, start.plusMonths(11)) : null,
				fill ? this.ratings.written(rag) : null, fill ? this.ratings.fill(rag) : null);
	}

}
