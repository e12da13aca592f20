package uk.gov.london.planreview.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Workbook;

import uk.gov.london.planreview.reference.ReferenceData;

/**
 * Where a workbook's action tables are and which column holds each field, found exactly
 * as {@link PlanWorkbookReader} finds them: for pointing at the cells an action was read
 * from (its sheet and row are on the action; the column is here).
 */
public final class ActionTables {

	/**
	 * One sheet's action table.
	 *
	 * @param sheetIndex the sheet's position in the workbook
	 * @param sheet the sheet's name as actions and findings give it (trimmed)
	 * @param headerRow the 0-based (first) header row
	 * @param columns for each recognised field, its 0-based columns left to right
	 */
	public record Table(int sheetIndex, String sheet, int headerRow, Map<Field, List<Integer>> columns) {

		public Table {
			columns = Map.copyOf(columns);
		}

		public List<Integer> columnsOf(Field field) {
			return this.columns.getOrDefault(field, List.of());
		}

	}

	private final HeadingDictionary headings;

	private ActionTables(HeadingDictionary headings) {
		this.headings = headings;
	}

	/** With the column headings of column-headings.csv, as the reader has them. */
	public static ActionTables load(ReferenceData reference) {
		return new ActionTables(HeadingDictionary.load(reference));
	}

	/** The workbook's action tables, in sheet order. Reads only; changes nothing. */
	public List<Table> find(Workbook workbook) {
		DataFormatter formatter = new DataFormatter(Locale.UK);
		formatter.setUseCachedValuesForFormulaCells(true);
		List<Table> tables = new ArrayList<>();
		for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
			SheetView sheet = new SheetView(workbook.getSheetAt(i), formatter);
			Optional<TableLayout> layout = TableLayout.find(sheet, this.headings);
			if (layout.isPresent()) {
				tables.add(new Table(i, sheet.displayName(), layout.get().headerRow(), layout.get().columns()));
			}
		}
		return tables;
	}

}
