package uk.gov.london.planreview.sample;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import uk.gov.london.planreview.sample.PlanDocument.Column;
import uk.gov.london.planreview.sample.PlanDocument.Field;
import uk.gov.london.planreview.sample.PlanProfile.DateMode;
import uk.gov.london.planreview.sample.PlanProfile.Quality;
import uk.gov.london.planreview.sample.PlanProfile.Quirk;

/**
 * Which columns a plan's action table has, in what order, and how it heads them: one of
 * the synonyms the reader knows, split over two lines, in odd case or under a merged
 * "Dates" heading where the plan has such quirks.
 */
final class TableColumns {

	/**
	 * Headings by field: every one is a synonym in config/reference/column-headings.csv.
	 */
	private static final Map<Field, List<String>> HEADINGS = new EnumMap<>(Map.ofEntries(
			Map.entry(Field.REF, List.of("Ref", "Ref.", "No.", "#", "Action ref", "Action No.", "ID", "Ref No")),
			Map.entry(Field.THEME, List.of("Theme", "Section", "Area", "Priority area", "Theme / Section", "Strand")),
			Map.entry(Field.TYPE, List.of("Type", "Action type", "Mandatory/Optional", "Type of action")),
			Map.entry(Field.ACTION,
					List.of("Action", "Actions", "Activity", "What we will do", "Action description",
							"Action / Activity", "Planned action")),
			Map.entry(Field.OUTCOME,
					List.of("Outcome", "Outcomes", "Expected outcome", "Success measure", "Measure of success",
							"Intended outcome", "Outcome measure")),
			Map.entry(Field.OUTCOME_BASELINE, List.of("Outcome/Baseline", "Outcome / baseline")),
			Map.entry(Field.BASELINE,
					List.of("Baseline", "Baseline (where suitable)", "Current position", "Baseline position")),
			Map.entry(Field.LEAD,
					List.of("Lead", "Named lead", "Lead officer", "Action owner", "Owner", "Responsible officer",
							"Named officer", "Lead (name)")),
			Map.entry(Field.ORGANISATION,
					List.of("Lead organisation", "Agency", "Partner(s)", "Lead agency", "Organisation", "Lead agencies",
							"Delivery partners", "Lead partner")),
			Map.entry(Field.START, List.of("Start date", "Start", "From")),
			Map.entry(Field.END, List.of("End date", "Completion date", "End", "Due date", "To")),
			Map.entry(Field.TIMESCALE, List.of("Timescale", "Timescales", "Timeframe", "When", "Timeline")),
			Map.entry(Field.PROGRESS,
					List.of("Progress", "Progress to date", "Update", "Progress update", "Latest update",
							"Progress update (Q2)", "Current progress")),
			Map.entry(Field.RAG,
					List.of("RAG", "RAG status", "Status", "Rating", "RAG rating", "RAG (R/A/G)", "Progress RAG")),
			Map.entry(Field.COMMENTS,
					List.of("Comments", "Notes", "Further information", "Additional comments", "Remarks")),
			Map.entry(Field.DOCUMENTS,
					List.of("Supporting documents", "Evidence", "Links", "Related strategies", "Supporting evidence",
							"Related documents", "Links to strategies")),
			Map.entry(Field.WARD, List.of("Ward")), Map.entry(Field.FUNDING, List.of("Funding source")),
			Map.entry(Field.LCPF, List.of("MOPAC LCPF funded?"))));

	private final Composition plan;

	private final Dice dice;

	TableColumns(Composition plan) {
		this.plan = plan;
		this.dice = plan.dice;
	}

	List<Column> columns() {
		List<Field> fields = fields();
		boolean twoRow = this.plan.has(Quirk.TWO_ROW_HEADER) && fields.contains(Field.START);
		List<Column> columns = new ArrayList<>();
		int breaks = 0;
		for (Field field : fields) {
			String heading = field == Field.END && this.plan.profile.dateMode() == DateMode.TARGET
					? this.dice.pick("Target date", "Deadline", "Target completion date")
					: this.dice.pick(HEADINGS.get(field));
			String group = null;
			if (twoRow && (field == Field.START || field == Field.END)) {
				heading = field == Field.START ? "Start" : "End";
				group = "Dates";
			}
			if (this.plan.has(Quirk.HEADING_BREAKS) && heading.contains(" ")
					&& (breaks == 0 || this.dice.chance(0.5))) {
				int at = heading.indexOf(' ');
				heading = heading.substring(0, at) + "\n" + heading.substring(at + 1);
				breaks++;
			}
			if (this.plan.has(Quirk.HEADING_CASE)) {
				heading = switch (this.dice.between(0, 4)) {
					case 0 -> heading + " ";
					case 1 -> heading.toUpperCase(Locale.UK);
					case 2 -> heading.toLowerCase(Locale.UK) + "  ";
					default -> heading;
				};
			}
			boolean hidden = field == Field.FUNDING && this.plan.has(Quirk.HIDDEN_COLUMNS);
			columns.add(new Column(field, heading, group, width(field), hidden));
		}
		return columns;
	}

	/** The fields in the plan's order: fuller plans have more of the optional ones. */
	private List<Field> fields() {
		Quality quality = this.plan.profile.quality();
		List<Field> fields = new ArrayList<>();
		fields.add(Field.REF);
		if (this.plan.profile.layout().themeColumn()) {
			fields.add(this.dice.chance(0.5) ? 0 : 1, Field.THEME);
		}
		fields.add(Field.ACTION);
		if (this.plan.has(Quirk.TYPE_COLUMN)) {
			fields.add(this.dice.chance(0.5) ? fields.indexOf(Field.ACTION) : fields.size(), Field.TYPE);
		}
		if (this.plan.has(Quirk.OUTCOME_BASELINE_COMBINED)) {
			fields.add(Field.OUTCOME_BASELINE);
		}
		else {
			fields.add(Field.OUTCOME);
			if (quality == Quality.EXEMPLARY || this.dice.chance(quality == Quality.TYPICAL ? 0.6 : 0.3)) {
				fields.add(Field.BASELINE);
			}
		}
		if (this.plan.has(Quirk.LEAD_ONLY)) {
			fields.add(Field.LEAD);
		}
		else {
			fields.addAll(this.dice.chance(0.7) ? List.of(Field.LEAD, Field.ORGANISATION)
					: List.of(Field.ORGANISATION, Field.LEAD));
		}
		if (this.plan.has(Quirk.EXTRA_COLUMNS)) {
			fields.add(Field.WARD);
		}
		switch (this.plan.profile.dateMode()) {
			case REAL, TEXT -> fields.addAll(List.of(Field.START, Field.END));
			case TIMESCALE -> fields.add(Field.TIMESCALE);
			case TARGET -> fields.add(Field.END);
		}
		boolean ragFirst = this.dice.chance(0.3);
		fields.add(ragFirst ? Field.RAG : Field.PROGRESS);
		fields.add(ragFirst ? Field.PROGRESS : Field.RAG);
		if (quality == Quality.EXEMPLARY || this.dice.chance(0.75)) {
			fields.add(Field.COMMENTS);
		}
		if (quality == Quality.EXEMPLARY || this.dice.chance(quality == Quality.POLICE_ONLY ? 0.3 : 0.55)) {
			fields.add(this.dice.chance(0.7) ? fields.size() : fields.size() - 1, Field.DOCUMENTS);
		}
		if (this.plan.has(Quirk.EXTRA_COLUMNS) || this.plan.has(Quirk.HIDDEN_COLUMNS)) {
			fields.add(Field.FUNDING);
		}
		if (this.plan.has(Quirk.EXTRA_COLUMNS) && this.plan.profile.police().london()) {
			fields.add(Field.LCPF);
		}
		return fields;
	}

	private static int width(Field field) {
		return switch (field) {
			case REF, RAG, TYPE, LCPF -> 9;
			case ACTION -> 55;
			case OUTCOME, OUTCOME_BASELINE, PROGRESS -> 38;
			case THEME, BASELINE, COMMENTS, DOCUMENTS -> 26;
			case LEAD, ORGANISATION -> 24;
			default -> 14;
		};
	}

}
