package uk.gov.london.planreview.sample;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import uk.gov.london.planreview.plan.ActionType;
import uk.gov.london.planreview.plan.Rag;
import uk.gov.london.planreview.sample.DateWriting.When;
import uk.gov.london.planreview.sample.PlanDocument.Colour;
import uk.gov.london.planreview.sample.PlanDocument.Entry;
import uk.gov.london.planreview.sample.PlanDocument.Field;
import uk.gov.london.planreview.sample.PlanProfile.Quality;
import uk.gov.london.planreview.sample.PlanProfile.Quirk;
import uk.gov.london.planreview.sample.Vocabulary.Idea;

/**
 * Fills an action row's cells from its wording, as a plan of this quality would: an
 * exemplary plan fills every one, a half-empty plan leaves whole rows gappy, and planted
 * good practice is always written out in full so that the review can find it.
 */
final class RowFiller {

	private final Composition plan;

	private final Dice dice;

	private final Wording wording;

	private final People people;

	private final Ratings ratings;

	private final DateWriting dates;

	RowFiller(Composition plan, Wording wording, People people, Ratings ratings, DateWriting dates) {
		this.plan = plan;
		this.dice = plan.dice;
		this.wording = wording;
		this.people = people;
		this.ratings = ratings;
		this.dates = dates;
	}

	/** A local or developing action, planted good practice or a near miss among them. */
	Entry local(Idea idea, ActionType type, String category, String nearMiss) {
		String typeLabel = switch (type) {
			case DEVELOPING -> this.plan.typeLetters ? "D" : this.dice.pick("Developing", "Developing action");
			default -> this.plan.typeLetters ? "L" : this.dice.pick("Local", "Local (bespoke)", "Bespoke", "Local");
		};
		return filled(idea, type, typeLabel, category, nearMiss);
	}

	/**
	 * Fills an action's fields as a plan of this quality would, leaving the gaps such a
	 * plan leaves.
	 */
	Entry filled(Idea idea, ActionType type, String typeLabel, String category, String nearMiss) {
		Quality quality = this.plan.profile.quality();
		boolean planted = category != null;
		boolean developing = type == ActionType.DEVELOPING;
		boolean gappy = quality == Quality.HALF_EMPTY && !planted && this.dice.chance(0.5);
		String text = this.wording.words(idea.text());
		if (quality == Quality.VERY_BRIEF) {
			text = Wording.brief(text);
		}
		String outcome = outcome(idea, planted, gappy);
		String baseline = baseline(idea, developing, gappy);
		String lead = lead(idea, planted, gappy);
		String organisations = this.plan.has(Quirk.LEAD_ONLY) ? null
				: keep(quality == Quality.EXEMPLARY || planted ? 1 : gappy ? 0.5 : 0.94)
						? this.people.organisations(idea.orgs()) : null;
		if (this.plan.has(Quirk.LEAD_ONLY) && lead != null) {
			lead = lead + " (" + this.people.organisations(idea.orgs().subList(0, 1)).replace("\n", " ") + ")";
		}
		Rag rag = developing ? Rag.NONE : this.ratings.rag(planted);
		boolean dated = !gappy && keep(switch (quality) {
			case EXEMPLARY -> 1;
			case TYPICAL -> 0.88;
			case POLICE_ONLY -> 0.7;
			case HALF_EMPTY -> 0.8;
			case VERY_BRIEF -> 0.5;
		});
		When when = dated ? this.dates.of(rag, developing) : When.BLANK;
		String progress = progress(rag, developing, gappy);
		String comments = keep(quality == Quality.EXEMPLARY ? 1 : quality == Quality.POLICE_ONLY ? 0.2 : 0.5)
				? comment(rag) : null;
		String documents = keep(quality == Quality.EXEMPLARY ? 1 : quality == Quality.POLICE_ONLY ? 0.1 : 0.45)
				? documents() : null;
		String ragText = this.ratings.written(rag);
		Colour ragFill = this.ratings.rowFill(rag);
		return new Entry(null, false, type, typeLabel, text, outcome, baseline, lead, organisations, when.start(),
				when.end(), when.timescale(), progress, rag, ragText, ragFill, comments, documents, extras(), false,
				category, nearMiss);
	}

	private String outcome(Idea idea, boolean planted, boolean gappy) {
		Quality quality = this.plan.profile.quality();
		String outcome = keep(planted ? 1 : switch (quality) {
			case EXEMPLARY -> 1;
			case TYPICAL -> 0.88;
			case POLICE_ONLY -> 0.7;
			case HALF_EMPTY -> gappy ? 0 : 0.85;
			case VERY_BRIEF -> 0.5;
		}) ? this.wording.words(idea.outcome()) : null;
		if (outcome != null && quality == Quality.POLICE_ONLY) {
			outcome = this.dice.pick(outcome, "Reduction in knife crime", "Reduced violence");
		}
		return outcome;
	}

	private String baseline(Idea idea, boolean developing, boolean gappy) {
		Quality quality = this.plan.profile.quality();
		String baseline = idea.baseline().isEmpty() ? null : this.wording.words(idea.baseline());
		if (quality == Quality.EXEMPLARY && baseline == null && !developing && this.dice.chance(0.4)) {
			baseline = this.dice.pick("New activity – baseline to be set in the first quarter",
					"No baseline: new service", "Baseline to be taken from the strategic needs assessment");
		}
		if (baseline != null && !keep(quality == Quality.EXEMPLARY ? 1 : 0.7) || gappy) {
			baseline = null;
		}
		if (baseline != null && baseline.matches("\\d+ .*") && this.dice.chance(0.35)) {
			// a bare figure, which Excel stores as a number unless the cell is formatted
			// as text
			baseline = baseline.substring(0, baseline.indexOf(' '));
		}
		return baseline;
	}

	private String lead(Idea idea, boolean planted, boolean gappy) {
		Quality quality = this.plan.profile.quality();
		String lead = keep(planted ? 1 : switch (quality) {
			case EXEMPLARY -> 1;
			case TYPICAL -> 0.92;
			case POLICE_ONLY -> 0.95;
			case HALF_EMPTY -> gappy ? 0 : 0.8;
			case VERY_BRIEF -> 0.7;
		}) ? this.people.lead(idea.lead()) : null;
		if (lead != null && quality != Quality.POLICE_ONLY && idea.orgs().size() > 1
				&& idea.orgs().contains("police") && !idea.orgs().get(0).equals("police") && this.dice.chance(0.2)) {
			lead = this.people.withPoliceCounterpart(lead);
		}
		return lead;
	}

	private boolean keep(double probability) {
		return probability >= 1 || (probability > 0 && this.dice.chance(probability));
	}

	private String progress(Rag rag, boolean developing, boolean gappy) {
		if (developing) {
			return this.dice.pick("Not yet resourced.", "Aspiration – subject to funding.", null);
		}
		double keep = switch (this.plan.profile.quality()) {
			case EXEMPLARY -> 1;
			case TYPICAL -> 0.85;
			case POLICE_ONLY -> 0.6;
			case HALF_EMPTY -> gappy ? 0.3 : 0.7;
			case VERY_BRIEF -> 0.3;
		};
		if (!keep(keep)) {
			return null;
		}
		String kind = switch (rag) {
			case RED -> "progress-red";
			case AMBER -> "progress-amber";
			case COMPLETE -> "progress-complete";
			default -> "progress-green";
		};
		return this.wording.words(this.dice.pick(this.plan.words.phrases(kind)));
	}

	private String comment(Rag rag) {
		String kind = rag == Rag.RED && this.dice.chance(0.7) ? "comment-red" : "comment";
		String comment = this.wording.words(this.dice.pick(this.plan.words.phrases(kind)));
		if (!this.plan.profile.police().london()) {
			comment = comment.replace("MOPAC LCPF", "the Home Office grant");
		}
		return comment;
	}

	private String documents() {
		List<String> docs = this.dice.sample(this.plan.words.phrases("docs"), this.dice.between(1, 2));
		return String.join(this.plan.orgSeparator.contains("\n") ? "\n" : "; ", docs);
	}

	/** The ward, funding and LCPF cells of plans with extra (or hidden) columns. */
	private Map<Field, String> extras() {
		if (!this.plan.has(Quirk.EXTRA_COLUMNS) && !this.plan.has(Quirk.HIDDEN_COLUMNS)) {
			return Map.of();
		}
		Map<Field, String> extras = new EnumMap<>(Field.class);
		extras.put(Field.WARD,
				this.dice.chance(0.5) ? "Borough-wide" : this.dice.pick(this.plan.words.phrases("ward")));
		extras.put(Field.FUNDING,
				this.dice.pick(this.plan.profile.police().london()
						? List.of("LCPF", "Core budget", "VRU grant", "Public Health grant", "Police core", "")
						: List.of("Home Office grant", "Core budget", "Public Health grant", "Police core", "")));
		extras.put(Field.LCPF, this.dice.pick("Y", "N", "Yes", "No", "N"));
		return extras;
	}

}
