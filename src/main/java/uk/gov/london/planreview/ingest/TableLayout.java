package uk.gov.london.planreview.ingest;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where a sheet's action table is: its header row (wherever it is; possibly two rows,
 * with "Dates" merged over "Start" and "End") and which column holds each field.
 *
 * @param headerRow the 0-based first header row
 * @param firstDataRow the 0-based row after the header
 * @param columns for each recognised field, its columns left to right
 * @param lastColumn the rightmost header column
 */
record TableLayout(int headerRow, int firstDataRow, Map<Field, List<Integer>> columns, int lastColumn) {

	/**
	 * How far down a sheet the header may be: title rows, logos and instructions come
	 * first.
	 */
	static final int SEARCH_ROWS = 40;

	/**
	 * A table needs an action column and at least this many recognised columns in all.
	 */
	static final int MIN_FIELDS = 3;

	boolean has(Field field) {
		return this.columns.containsKey(field);
	}

	List<Integer> columnsOf(Field field) {
		return this.columns.getOrDefault(field, List.of());
	}

	Optional<Integer> first(Field field) {
		List<Integer> list = columnsOf(field);
		return list.isEmpty() ? Optional.empty() : Optional.of(list.get(0));
	}

	/**
	 * The best header in the first rows of a sheet, if there is an action table at all.
	 */
	static Optional<TableLayout> find(SheetView sheet, HeadingDictionary headings) {
		TableLayout best = null;
		int last = Math.min(sheet.lastRow(), SEARCH_ROWS);
		// Each cell is looked up once, though it is tried as a heading and as a
		// sub-heading.
		Map<Long, Optional<Field>> seen = new HashMap<>();
		HeadingLookup lookup = (r, c) -> seen.computeIfAbsent(((long) r << 16) | c,
				k -> headings.field(sheet.ownText(r, c)));
		for (int row = 0; row <= last; row++) {
			TableLayout single = at(sheet, lookup, row, false);
			TableLayout twoRows = row < sheet.lastRow() ? at(sheet, lookup, row, true) : null;
			TableLayout candidate = twoRows != null && twoRows.columns.size() > single.columns.size() ? twoRows
					: single;
			if (candidate.isTable() && (best == null || candidate.columns.size() > best.columns.size())) {
				best = candidate;
			}
		}
		return Optional.ofNullable(best);
	}

	/** Whether a data row repeats the header (some plans repeat it above each theme). */
	boolean repeatsHeader(SheetView sheet, HeadingDictionary headings, int row) {
		int actionColumn = this.columns.get(Field.ACTION).get(0);
		if (headings.field(sheet.ownText(row, actionColumn)).orElse(null) != Field.ACTION) {
			return false;
		}
		return at(sheet, (r, c) -> headings.field(sheet.ownText(r, c)), row, false).columns.size() >= Math
			.max(MIN_FIELDS, this.columns.size() - 2);
	}

	/** The field a cell's text names as a heading, if any. */
	@FunctionalInterface
	private interface HeadingLookup {

		Optional<Field> field(int row, int column);

	}

	private boolean isTable() {
		return has(Field.ACTION) && this.columns.size() >= MIN_FIELDS;
	}

	private static TableLayout at(SheetView sheet, HeadingLookup headings, int row, boolean twoRows) {
		Map<Field, List<Integer>> columns = new EnumMap<>(Field.class);
		int lastColumn = Math.max(sheet.lastColumn(row), twoRows ? sheet.lastColumn(row + 1) : -1);
		int rightmost = -1;
		for (int c = 0; c <= lastColumn; c++) {
			Optional<Field> field = Optional.empty();
			if (twoRows) {
				// A sub-heading ("Start" under a merged "Dates") is more precise than the
				// heading above it.
				field = headings.field(row + 1, c);
				if (field.isEmpty() && !sheet.mergedContinuation(row, c)) {
					field = headings.field(row, c);
				}
			}
			else if (!sheet.mergedContinuation(row, c)) {
				field = headings.field(row, c);
			}
			if (field.isPresent()) {
				columns.computeIfAbsent(field.get(), f -> new ArrayList<>()).add(c);
				rightmost = c;
			}
		}
		return new TableLayout(row, row + (twoRows ? 2 : 1), columns, rightmost);
	}

}
