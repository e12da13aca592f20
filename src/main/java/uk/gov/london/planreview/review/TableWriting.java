package uk.gov.london.planreview.review;

import java.io.IOException;
import java.nio.file.Path;

import org.springframework.stereotype.Component;

import uk.gov.london.planreview.export.ReviewWorkbook;
import uk.gov.london.planreview.export.TableExport;
import uk.gov.london.planreview.goodpractice.GoodPracticeExport;
import uk.gov.london.planreview.stocktake.StocktakeReading;
import uk.gov.london.planreview.stocktake.StocktakeService;

/**
 * The job's tables step: the CSV files analysts work from and review.xlsx, the same
 * tables as one workbook, into the run's staging folder.
 */
@Component
class TableWriting {

	private final TableExport tables;

	private final GoodPracticeExport goodPractice;

	private final StocktakeSteps stocktakeSteps;

	private final StocktakeService stocktake;

	TableWriting(TableExport tables, GoodPracticeExport goodPractice, StocktakeSteps stocktakeSteps,
			StocktakeService stocktake) {
		this.tables = tables;
		this.goodPractice = goodPractice;
		this.stocktakeSteps = stocktakeSteps;
		this.stocktake = stocktake;
	}

	/** The tables, in the order of the workbook's sheets. */
	void write(ReviewRun run) throws IOException {
		Path staging = run.staging();
		try (ReviewWorkbook workbook = new ReviewWorkbook(run.quarter(), run.runDate(), run.documents())) {
			this.tables.writeScores(run.runId(), staging.resolve("scores.csv"), workbook);
			this.tables.writeActions(run.runId(), staging.resolve("actions.csv"), workbook);
			this.tables.writeMovement(run.runId(), staging.resolve("movement.csv"), workbook);
			this.goodPractice.writeGoodPractice(run.runId(), staging.resolve("good-practice.csv"), workbook);
			this.goodPractice.writeLinkingUp(run.runId(), staging.resolve("linking-up.csv"), workbook);
			// findings.csv is written when the run is published; its rows are all known
			// by now.
			this.tables.findingsSheet(run.runId(), workbook);
			StocktakeReading reading = this.stocktakeSteps.read(run);
			if (!reading.responses().isEmpty()) {
				this.stocktake.writeCsv(reading, this.stocktakeSteps.reviewedPlans(run),
						staging.resolve("stocktake-responses.csv"), workbook);
			}
			workbook.write(staging.resolve("review.xlsx"));
		}
	}

}
