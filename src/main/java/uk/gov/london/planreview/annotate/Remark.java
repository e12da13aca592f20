package uk.gov.london.planreview.annotate;

/**
 * One thing the review says about a plan: about one cell, one sheet, or the plan as a
 * whole.
 *
 * @param sheet the sheet's name as actions and findings give it (trimmed); empty for the
 * plan as a whole
 * @param row the 0-based row; -1 for a whole sheet or the whole plan
 * @param column the 0-based column; -1 for a whole sheet or the whole plan
 * @param concerning what it is about, for the list of comments ("4.3 Work with parents
 * and carers…")
 * @param text what the review says
 */
record Remark(String sheet, int row, int column, String concerning, String text) {

	static Remark wholePlan(String concerning, String text) {
		return new Remark("", -1, -1, concerning, text);
	}

	static Remark wholeSheet(String sheet, String text) {
		return new Remark(sheet, -1, -1, "", text);
	}

	boolean onCell() {
		return !this.sheet.isEmpty() && this.row >= 0 && this.column >= 0;
	}

	boolean onSheet() {
		return !this.sheet.isEmpty() && this.row < 0;
	}

}
