package uk.gov.london.planreview.annotate;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import uk.gov.london.planreview.authority.Authority;
import uk.gov.london.planreview.finding.Finding;
import uk.gov.london.planreview.ingest.ActionTables;
import uk.gov.london.planreview.plan.Plan;
import uk.gov.london.planreview.quarter.Quarter;
import uk.gov.london.planreview.reference.Wording;
import uk.gov.london.planreview.report.Prose;
import uk.gov.london.planreview.scoring.PlanScore;
import uk.gov.london.planreview.scoring.PlanScorer;

/**
 * One plan's annotated copy: its workbook, the remarks the review makes on it, written as
 * {@code <plan_id>-annotated.<extension>}.
 */
final class PlanAnnotator {

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

	private final Wording wording;

	private final ActionTables tables;

	private final PlanScorer scorer;

	private final String author;

	/**
	 * @param author the reviewing body, as the comments' author
	 */
	PlanAnnotator(Wording wording, ActionTables tables, PlanScorer scorer, String author) {
		this.wording = wording;
		this.tables = tables;
		this.scorer = scorer;
		this.author = author;
	}

	/**
	 * @param findings what reading the plan's workbook found
	 * @param source the workbook, as read
	 * @return the annotated copy
	 */
	Path write(Plan plan, PlanScore score, List<Finding> findings, Path source, Path folder, Quarter quarter,
			LocalDate reviewDate) throws IOException {
		try (AnnotatedWorkbook workbook = AnnotatedWorkbook.open(source)) {
			List<Remark> remarks = new PlanRemarks(this.wording).of(plan, score,
					plan.actions().stream().map(this.scorer::check).toList(), findings,
					this.tables.find(workbook.workbook()));
			String name = Prose.list(plan.authorities().stream().map(Authority::name).toList());
			workbook.annotate(remarks,
					this.wording.say("sheet_title", Map.of("plan", name + " (" + plan.sourceFile() + ")")),
					this.wording.say("sheet_intro", Map.of("reviewer", this.author, "date", DATE.format(reviewDate),
							"quarter", quarter.toString())),
					this.author, this.wording);
			Path target = folder.resolve(plan.planId() + "-annotated." + workbook.extension());
			workbook.write(target, reviewDate.atStartOfDay());
			return target;
		}
	}

}
