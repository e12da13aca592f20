package uk.gov.london.planreview.annotate;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.apache.poi.ss.util.CellReference;

import uk.gov.london.planreview.finding.Finding;
import uk.gov.london.planreview.finding.Severity;
import uk.gov.london.planreview.ingest.ActionTables;
import uk.gov.london.planreview.ingest.Field;
import uk.gov.london.planreview.plan.Action;
import uk.gov.london.planreview.plan.Plan;
import uk.gov.london.planreview.reference.Wording;
import uk.gov.london.planreview.report.Prose;
import uk.gov.london.planreview.scoring.ActionCheck.Item;
import uk.gov.london.planreview.scoring.ActionCheck;
import uk.gov.london.planreview.scoring.PlanScore.MandatoryGap;
import uk.gov.london.planreview.scoring.PlanScore;
import uk.gov.london.planreview.scoring.SignOff;

/**
 * What the review has to say about a plan, cell by cell, as the partnership will read it
 * in its own workbook: on each cell an action left empty, what is missing and why it
 * matters; on a mandatory action left as the template wrote it, that it needs filling in;
 * on each cell a warning of the reading concerns, the warning. What has no cell (missing
 * mandatory actions, sign-off, a finding about the whole file) is about the plan as a
 * whole.
 */
final class PlanRemarks {

	private static final Pattern ROW_ONLY = Pattern.compile("\\d+");

	private static final int CONCERNING_LENGTH = 60;

	private final Wording wording;

	PlanRemarks(Wording wording) {
		this.wording = wording;
	}

	/**
	 * @param checks one per action, in the plan's order
	 * @param findings the findings about the plan's workbook
	 * @param tables the workbook's action tables, as the reader found them
	 */
	List<Remark> of(Plan plan, PlanScore score, List<ActionCheck> checks, List<Finding> findings,
			List<ActionTables.Table> tables) {
		Map<String, ActionTables.Table> bySheet = new HashMap<>();
		tables.forEach(t -> bySheet.putIfAbsent(t.sheet(), t));
		List<Remark> remarks = new ArrayList<>();
		for (MandatoryGap gap : score.mandatoryGaps()) {
			if (gap.missing()) {
				remarks.add(Remark.wholePlan(gap.templateRef(), this.wording.say("mandatory_missing",
						Map.of("ref", gap.templateRef(), "theme", gap.theme(), "text", gap.text()))));
			}
		}
		if (score.signedOff() == SignOff.NO || score.signedOff() == SignOff.PARTLY) {
			remarks.add(Remark.wholePlan("", this.wording.say("sign_off", Map.of("who", signatories(plan)))));
		}
		Map<String, MandatoryGap> unfilled = new HashMap<>();
		score.mandatoryGaps().stream().filter(g -> !g.missing()).forEach(g -> unfilled.put(g.templateRef(), g));
		Map<ActionTables.Table, Set<Item>> withoutColumn = new LinkedHashMap<>();
		for (int i = 0; i < plan.actions().size(); i++) {
			Action action = plan.actions().get(i);
			ActionTables.Table table = bySheet.get(action.sheet());
			if (table == null) {
				continue;
			}
			remarks.addAll(actionRemarks(action, checks.get(i), table, unfilled.get(action.templateRef()),
					withoutColumn.computeIfAbsent(table, t -> EnumSet.noneOf(Item.class))));
		}
		withoutColumn.forEach((table, items) -> {
			if (!items.isEmpty()) {
				String list = Prose.list(items.stream().map(Item::words).toList());
				remarks.add(new Remark(table.sheet(), table.headerRow(), first(table, Field.ACTION), "",
						this.wording.say("no_column", Map.of("items", list))));
			}
		});
		for (Finding finding : findings) {
			if (finding.severity() != Severity.INFO) {
				remarks.add(findingRemark(finding, plan, bySheet));
			}
		}
		return remarks;
	}

	/**
	 * The remarks on one action's row: each missing item on its own cell (both dates on a
	 * single timescale cell), and a mandatory action left unfilled on its action cell.
	 * Items the table has no column for are collected for one remark on its heading.
	 */
	private List<Remark> actionRemarks(Action action, ActionCheck check, ActionTables.Table table, MandatoryGap gap,
			Set<Item> withoutColumn) {
		int row = action.row() - 1;
		String concerning = concerning(action);
		Map<Integer, List<String>> byColumn = new LinkedHashMap<>();
		if (gap != null) {
			byColumn.computeIfAbsent(first(table, Field.ACTION), c -> new ArrayList<>())
				.add(this.wording.say("mandatory_unfilled", Map.of("ref", gap.templateRef(), "missing",
						Prose.list(check.missing().stream().map(Item::words).toList()))));
		}
		Map<Integer, Set<Item>> items = new LinkedHashMap<>();
		for (Item item : check.missing()) {
			Optional<Integer> column = column(table, item);
			if (column.isEmpty()) {
				withoutColumn.add(item);
			}
			else {
				items.computeIfAbsent(column.get(), c -> EnumSet.noneOf(Item.class)).add(item);
			}
		}
		items.forEach((column, missing) -> {
			List<String> texts = byColumn.computeIfAbsent(column, c -> new ArrayList<>());
			if (missing.containsAll(List.of(Item.START_DATE, Item.END_DATE))) {
				texts.add(this.wording.say("dates"));
				missing.removeAll(List.of(Item.START_DATE, Item.END_DATE));
			}
			missing.forEach(item -> texts.add(this.wording.say(item.csv())));
		});
		List<Remark> remarks = new ArrayList<>();
		byColumn.forEach((column, texts) -> texts
			.forEach(text -> remarks.add(new Remark(action.sheet(), row, column, concerning, text))));
		return remarks;
	}

	/**
	 * The cell an item belongs in: its own column; for dates a timescale column when
	 * there is no start or end column; for comments or documents either column. Of
	 * several progress or RAG columns, the rightmost: the latest quarter's.
	 */
	static Optional<Integer> column(ActionTables.Table table, Item item) {
		List<Field> fields = switch (item) {
			case OUTCOME -> List.of(Field.OUTCOME);
			case BASELINE -> List.of(Field.BASELINE);
			case LEAD -> List.of(Field.LEAD);
			case LEAD_ORGANISATION -> List.of(Field.LEAD_ORGANISATION);
			case START_DATE -> List.of(Field.START_DATE, Field.TIMESCALE);
			case END_DATE -> List.of(Field.END_DATE, Field.TIMESCALE);
			case PROGRESS -> List.of(Field.PROGRESS);
			case RAG -> List.of(Field.RAG);
			case COMMENTS_OR_DOCUMENTS -> List.of(Field.COMMENTS, Field.SUPPORTING_DOCUMENTS);
		};
		boolean latest = item == Item.PROGRESS || item == Item.RAG;
		for (Field field : fields) {
			List<Integer> columns = table.columnsOf(field);
			if (!columns.isEmpty()) {
				return Optional.of(latest ? columns.get(columns.size() - 1) : columns.get(0));
			}
		}
		return Optional.empty();
	}

	/**
	 * A finding where the reader made it: a cell, a row (its action cell), a sheet, or
	 * the whole file.
	 */
	private Remark findingRemark(Finding finding, Plan plan, Map<String, ActionTables.Table> tables) {
		String text = this.wording.say("finding", Map.of("message", finding.message()));
		String location = finding.location();
		int bang = location.lastIndexOf('!');
		if (bang < 0) {
			return location.isEmpty() ? Remark.wholePlan("", text) : Remark.wholeSheet(location, text);
		}
		String sheet = location.substring(0, bang);
		String ref = location.substring(bang + 1);
		int row;
		int column;
		if (ROW_ONLY.matcher(ref).matches()) {
			row = Integer.parseInt(ref) - 1;
			ActionTables.Table table = tables.get(sheet);
			column = table == null ? 0 : first(table, Field.ACTION);
		}
		else {
			try {
				CellReference cell = new CellReference(ref);
				row = cell.getRow();
				column = cell.getCol();
			}
			catch (IllegalArgumentException ex) {
				return Remark.wholeSheet(sheet, text);
			}
		}
		int sheetRow = row + 1;
		String concerning = plan.actions()
			.stream()
			.filter(a -> a.sheet().equals(sheet) && a.row() == sheetRow)
			.findFirst()
			.map(PlanRemarks::concerning)
			.orElse("");
		return new Remark(sheet, row, column, concerning, text);
	}

	private static int first(ActionTables.Table table, Field field) {
		List<Integer> columns = table.columnsOf(field);
		return columns.isEmpty() ? 0 : columns.get(0);
	}

	/** "4.3 Work with parents and carers to help…", or "Row 12: …" when it has no ref. */
	static String concerning(Action action) {
		String text = action.text().replace('\n', ' ').trim();
		if (text.length() > CONCERNING_LENGTH) {
			text = text.substring(0, CONCERNING_LENGTH - 1).trim() + "…";
		}
		return (action.ref().isBlank() ? "Row " + action.row() + ":" : action.ref().trim()) + " " + text;
	}

	/** Who has still to sign, as the feedback says it. */
	/** Who has still to sign, as the feedback names them. */
	private static String signatories(Plan plan) {
		return Prose.list(SignOff.missing(plan.signatories(), plan.authorities()));
	}

}
