package uk.gov.london.planreview.sample;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import uk.gov.london.planreview.plan.ActionType;
import uk.gov.london.planreview.plan.Rag;
import uk.gov.london.planreview.sample.PlanDocument.Block;
import uk.gov.london.planreview.sample.PlanDocument.Entry;
import uk.gov.london.planreview.sample.PlanProfile.Quality;
import uk.gov.london.planreview.sample.PlanProfile.Quirk;
import uk.gov.london.planreview.sample.Vocabulary.Idea;
import uk.gov.london.planreview.template.MandatoryAction;
import uk.gov.london.planreview.template.Theme;

/**
 * A plan's action rows, theme by theme: the template's mandatory actions first, then the
 * council's local actions (planted good practice and near misses shuffled among them),
 * then developing actions — in the table, or on a sheet of their own.
 */
final class ThemeTables {

	private static final String MINIMUM_STANDARDS = "Minimum standards";

	/**
	 * @param blocks each theme's actions, minimum standards first where the plan has
	 * that section
	 * @param developing developing actions by theme, when they have a sheet of their own
	 * @param deletedMandatory template references of the mandatory actions the council
	 * deleted
	 */
	record Tables(List<Block> blocks, List<Block> developing, List<String> deletedMandatory) {
	}

	private final Composition plan;

	private final Dice dice;

	private final MandatoryFills mandatory;

	private final RowFiller rows;

	private final Ratings ratings;

	private final References refs;

	private final Titles titles;

	/** Local wording already used, so no action appears twice in a plan. */
	private final Set<String> usedIdeas = new HashSet<>();

	/** The running number of a renumbered plan, which goes on across themes. */
	private int sequence;

	private int developingCount;

	ThemeTables(Composition plan, RowFiller rows, Ratings ratings, Titles titles) {
		this.plan = plan;
		this.dice = plan.dice;
		this.mandatory = new MandatoryFills(plan, rows);
		this.rows = rows;
		this.ratings = ratings;
		this.refs = new References(plan);
		this.titles = titles;
	}

	/**
	 * The plan's action tables, theme by theme in template order.
	 * @param actionSheet the single action sheet, or null for one sheet per theme
	 * @param themeSheets the theme sheets, by theme order, when there is one per theme
	 * @param developingSheet the developing actions' own sheet, or null
	 */
	Tables compose(String actionSheet, List<String> themeSheets, String developingSheet) {
		Plantings plantings = Plantings.draw(this.plan);
		Set<String> deleted = this.mandatory.choose(Quirk.MANDATORY_DELETED);
		Set<String> untouched = this.mandatory.choose(Quirk.TEMPLATE_UNTOUCHED);
		List<Block> blocks = new ArrayList<>();
		List<Block> developing = new ArrayList<>();
		List<Entry> minimumStandards = new ArrayList<>();
		for (Theme theme : this.plan.version.themes()) {
			int order = theme.order();
			String heading = this.titles.themeHeading(order, theme.name());
			List<Entry> entries = mandatory(theme, deleted, untouched, minimumStandards);
			int next = this.refs.next(order, entries);
			List<Entry> locals = locals(order, plantings, next);
			List<Entry> devs = developing(order, plantings);
			for (int i = 0; i < locals.size(); i++) {
				this.sequence++;
				entries.add(this.refs.numbered(locals.get(i), this.refs.local(order, next++, this.sequence), i > 0));
			}
			if (developingSheet == null) {
				for (Entry dev : devs) {
					this.sequence++;
					entries.add(this.refs.numbered(dev, this.refs.local(order, next++, this.sequence), false));
				}
			}
			else if (!devs.isEmpty()) {
				developing.add(new Block(theme.name(), heading, developingSheet, onTheirOwnSheet(devs)));
			}
			String sheet = actionSheet != null ? actionSheet : themeSheets.get(order - 1);
			blocks.add(new Block(theme.name(), heading, sheet, entries));
		}
		if (!minimumStandards.isEmpty()) {
			blocks.add(0, minimumStandards(actionSheet, minimumStandards));
		}
		return new Tables(blocks, developing, List.copyOf(deleted));
	}

	/**
	 * The theme's mandatory actions, less those the council deleted (and, in a very
	 * brief plan, all but the first); minimum standards go to their own section where the
	 * plan has one.
	 */
	private List<Entry> mandatory(Theme theme, Set<String> deleted, Set<String> untouched,
			List<Entry> minimumStandards) {
		List<Entry> mandatory = new ArrayList<>();
		int index = 0;
		for (MandatoryAction action : this.plan.version.mandatoryActions()) {
			if (!action.theme().equals(theme.reportedAs())) {
				continue;
			}
			index++;
			boolean veryBriefCut = this.plan.profile.quality() == Quality.VERY_BRIEF && index > 1;
			if (deleted.contains(action.ref()) || veryBriefCut) {
				continue;
			}
			String ref = action.ref();
			if (this.refs.renumbered()) {
				this.sequence++;
				ref = this.refs.renumber(theme.order(), mandatory.size() + 1, this.sequence);
			}
			Entry entry = this.mandatory.entry(action, ref, untouched.contains(action.ref()));
			if (action.ref().startsWith("MS") && this.plan.has(Quirk.MINIMUM_STANDARDS_SECTION)) {
				minimumStandards.add(entry);
			}
			else {
				mandatory.add(entry);
			}
		}
		return mandatory;
	}

	/** The theme's local actions in the plan's order, not yet numbered. */
	private List<Entry> locals(int theme, Plantings plantings, int next) {
		List<Entry> locals = new ArrayList<>();
		for (Idea idea : localIdeas(theme)) {
			locals.add(this.rows.local(idea, ActionType.LOCAL, null, null));
		}
		for (Idea idea : plantings.local().getOrDefault(theme, List.of())) {
			locals.add(this.rows.local(idea, ActionType.LOCAL, idea.key(), null));
		}
		for (Idea idea : plantings.nearMisses().getOrDefault(theme, List.of())) {
			locals.add(this.rows.local(idea, ActionType.LOCAL, null, idea.key()));
		}
		locals = this.dice.shuffled(locals);
		if (this.plan.has(Quirk.NUMERIC_REFS)) {
			// typed as numbers, 4.10 would read back as 4.1: such plans stop at .9
			for (int i = locals.size() - 1; i >= 0 && next + locals.size() > 10; i--) {
				if (locals.get(i).category() == null && locals.get(i).nearMiss() == null) {
					locals.remove(i);
				}
			}
		}
		hideSome(locals);
		return locals;
	}

	/** As many of the theme's stock local actions as a plan of this quality writes. */
	private List<Idea> localIdeas(int theme) {
		Quality quality = this.plan.profile.quality();
		int count = switch (quality) {
			case EXEMPLARY -> this.dice.between(4, 6);
			case TYPICAL -> this.dice.between(2, 4);
			case POLICE_ONLY -> this.dice.between(0, 2);
			case HALF_EMPTY -> this.dice.between(1, 3);
			case VERY_BRIEF -> this.dice.chance(0.4) ? 1 : 0;
		};
		List<Idea> pool = this.plan.words.actions.stream()
			.filter(i -> i.theme() == theme)
			.filter(i -> quality == Quality.POLICE_ONLY ? "police".equals(i.key())
					: "local".equals(i.key()) || ("police".equals(i.key()) && this.dice.chance(0.3)))
			.filter(i -> !this.usedIdeas.contains(i.text()))
			.toList();
		List<Idea> chosen = this.dice.sample(pool, count);
		chosen.forEach(i -> this.usedIdeas.add(i.text()));
		return chosen;
	}

	/** Hidden rows: an old local action a council hid rather than deleted. */
	private void hideSome(List<Entry> locals) {
		if (!this.plan.has(Quirk.HIDDEN_ROWS)) {
			return;
		}
		for (int i = 0; i < locals.size(); i++) {
			Entry e = locals.get(i);
			if (e.category() == null && e.nearMiss() == null && this.dice.chance(0.4)) {
				Rag rag = Rag.COMPLETE;
				String progress = this.dice.pick(this.plan.words.phrases("progress-complete"))
					.replace("{month}", this.plan.period.someMonth(this.dice));
				locals.set(i, e.hiddenWith(progress, rag, this.ratings.written(rag), this.ratings.fill(rag)));
			}
		}
	}

	private List<Entry> developing(int theme, Plantings plantings) {
		List<Entry> devs = new ArrayList<>();
		for (Idea idea : plantings.developing().getOrDefault(theme, List.of())) {
			devs.add(this.rows.local(idea, ActionType.DEVELOPING, idea.key(), null));
		}
		for (Idea idea : plantings.genericDeveloping().getOrDefault(theme, List.of())) {
			devs.add(this.rows.local(idea, ActionType.DEVELOPING, null, null));
		}
		return devs;
	}

	/** Developing actions on their own sheet are numbered D1, D2, ... across themes. */
	private List<Entry> onTheirOwnSheet(List<Entry> devs) {
		List<Entry> numbered = new ArrayList<>();
		for (Entry dev : devs) {
			numbered.add(this.refs.numbered(dev, "D" + ++this.developingCount, false));
		}
		return numbered;
	}

	private Block minimumStandards(String actionSheet, List<Entry> entries) {
		String sheet = actionSheet != null ? actionSheet
				: this.dice.pick("Minimum standards", "Minimum Standards", "MS");
		String heading = this.dice.pick(MINIMUM_STANDARDS, "Minimum Standards (MS1–MS3)", "MINIMUM STANDARDS");
		return new Block(MINIMUM_STANDARDS, heading, sheet, entries);
	}

}
