package uk.gov.london.planreview.sample;

import java.util.List;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

import uk.gov.london.planreview.sample.PlanDocument.Block;
import uk.gov.london.planreview.sample.PlanDocument.Entry;
import uk.gov.london.planreview.sample.PlanDocument.OptionalEntry;
import uk.gov.london.planreview.sample.PlanProfile.Quirk;

/**
 * Draws the tabs beside the action tables: developing actions, where they have a sheet
 * of their own, and the menu of optional actions. Each is a plain table under a title.
 */
final class SideTabRenderer {

	private final PlanDocument doc;

	private final Workbook workbook;

	private final Cells cells;

	SideTabRenderer(PlanDocument doc, Workbook workbook, Cells cells) {
		this.doc = doc;
		this.workbook = workbook;
		this.cells = cells;
	}

	void developing() {
		Sheet sheet = this.workbook.createSheet(this.doc.developingSheet());
		int r = 0;
		this.cells.text(sheet, r++, 0, "Developing actions – aspirations not yet resourced", "title");
		r++;
		boolean leadOnly = this.doc.profile().has(Quirk.LEAD_ONLY);
		List<String> headings = leadOnly
				? List.of("Ref", "Theme", "Developing action", "Outcome", "Named lead", "Timescale", "Comments")
				: List.of("Ref", "Theme", "Developing action", "Outcome", "Named lead", "Lead organisation",
						"Timescale", "Comments");
		for (int c = 0; c < headings.size(); c++) {
			this.cells.text(sheet, r, c, headings.get(c), "header");
		}
		r++;
		for (Block block : this.doc.developing()) {
			for (Entry e : block.entries()) {
				int c = 0;
				this.cells.text(sheet, r, c++, e.ref(), "wrap");
				this.cells.text(sheet, r, c++, block.heading(), "wrap");
				this.cells.text(sheet, r, c++, e.text(), "wrap");
				this.cells.text(sheet, r, c++, e.outcome(), "wrap");
				this.cells.text(sheet, r, c++, e.lead(), "wrap");
				if (!leadOnly) {
					this.cells.text(sheet, r, c++, e.organisations(), "wrap");
				}
				Object when = e.timescale() != null ? e.timescale() : e.end();
				this.cells.value(sheet, r, c++, when);
				this.cells.text(sheet, r++, c, e.comments(), "wrap");
			}
		}
		int[] widths = { 8, 26, 55, 38, 24, 24, 16, 30 };
		for (int c = 0; c < headings.size(); c++) {
			sheet.setColumnWidth(c, widths[c] * 256);
		}
	}

	void optional() {
		Sheet sheet = this.workbook.createSheet(this.doc.optionalSheet());
		int r = 0;
		this.cells.text(sheet, r++, 0, "Menu of optional actions – mark those the partnership will adopt", "title");
		r++;
		List<String> headings = this.doc.optionalHeadings();
		for (int c = 0; c < headings.size(); c++) {
			this.cells.text(sheet, r, c, headings.get(c), "header");
			sheet.setColumnWidth(c, (c == 2 ? 50 : c < 2 ? 12 : 22) * 256);
		}
		r++;
		boolean leadOnly = this.doc.profile().has(Quirk.LEAD_ONLY);
		for (OptionalEntry o : this.doc.optional()) {
			int c = 0;
			this.cells.text(sheet, r, c++, o.ref(), "wrap");
			this.cells.text(sheet, r, c++, o.theme(), "wrap");
			this.cells.text(sheet, r, c++, o.text(), "wrap");
			this.cells.text(sheet, r, c++, o.adopted(), "wrap");
			this.cells.text(sheet, r, c++, o.lead(), "wrap");
			if (!leadOnly) {
				this.cells.text(sheet, r, c++, o.organisations(), "wrap");
			}
			this.cells.text(sheet, r, c++, o.outcome(), "wrap");
			this.cells.text(sheet, r, c++, o.timescale(), "wrap");
			this.cells.rag(sheet, r++, c, o.ragText(), o.ragFill());
		}
	}

}
