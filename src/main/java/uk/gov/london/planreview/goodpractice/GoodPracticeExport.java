package uk.gov.london.planreview.goodpractice;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import uk.gov.london.planreview.export.SafeCsv;
import uk.gov.london.planreview.export.Sheets;
import uk.gov.london.planreview.export.TableValue;
import uk.gov.london.planreview.goodpractice.WeakArea.Offer;

/**
 * Writes good-practice.csv (docs/outputs.md: its columns first, in order; extra columns
 * after) and linking-up.csv, each whole or not at all, by the same CSV rules as the other
 * tables.
 */
@Component
public class GoodPracticeExport {

	static final List<String> PRACTICE_COLUMNS = List.of("plan_id", "authorities", "theme", "category", "action_ref",
			"action", "why",
			// Extra: the evidence behind why, one item a column, and where the action is.
			"category_name", "plans_with_category", "plans", "score", "matched_words", "action_type", "outcome", "lead",
			"lead_organisations", "source_file", "sheet", "row");

	static final List<String> LINKING_COLUMNS = List.of("plan_id", "authorities", "theme", "category", "category_name",
			"gap", "offer_plan_id", "offer_authorities", "offer_theme", "offer_category", "offer_action_ref",
			"offer_action", "contact", "offer_theme_completeness");

	private final GoodPracticeStore store;

	GoodPracticeExport(GoodPracticeStore store) {
		this.store = store;
	}

	/** good-practice.csv, and the workbook's Good practice sheet. */
	public void writeGoodPractice(long runId, Path target, Sheets workbook) throws IOException {
		SafeCsv.write(target, PRACTICE_COLUMNS, workbook.sheet("Good practice", PRACTICE_COLUMNS), rows -> {
			for (GoodPractice p : this.store.practice(runId)) {
				rows.row(p.planId(), p.authorities(), p.theme(), p.category(), p.actionRef(), p.action(), p.why(),
						p.categoryName(), p.plansWithCategory(), p.plans(), TableValue.decimal(p.score()),
						p.matchedWords(), p.actionType(), p.outcome(), p.lead(), p.leadOrganisations(), p.sourceFile(),
						p.sheet(), p.row());
			}
		});
	}

	/**
	 * linking-up.csv, and the workbook's Linking up sheet: one row per offer; a weak area
	 * with no offer still has its row, with the offer columns empty.
	 */
	public void writeLinkingUp(long runId, Path target, Sheets workbook) throws IOException {
		SafeCsv.write(target, LINKING_COLUMNS, workbook.sheet("Linking up", LINKING_COLUMNS), rows -> {
			for (WeakArea area : this.store.linkingUp(runId)) {
				List<Object> gap = List.of(area.planId(), area.authorities(), area.theme(), area.category(),
						area.categoryName(), area.reasons());
				if (area.offers().isEmpty()) {
					rows.row(concat(gap, List.of("", "", "", "", "", "", "", "")));
				}
				for (Offer o : area.offers()) {
					rows.row(concat(gap, List.of(o.planId(), o.authorities(), o.theme(), o.category(), o.actionRef(),
							o.action(), o.contact(), TableValue.score(o.themeCompleteness()))));
				}
			}
		});
	}

	private static List<Object> concat(List<Object> gap, List<Object> offer) {
		List<Object> row = new ArrayList<>(gap);
		row.addAll(offer);
		return row;
	}

}
