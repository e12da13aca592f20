package uk.gov.london.planreview.review;

import java.io.IOException;
import java.nio.file.Path;

import org.springframework.stereotype.Component;

import uk.gov.london.planreview.export.TableExport;
import uk.gov.london.planreview.goodpractice.GoodPracticeExport;
import uk.gov.london.planreview.stocktake.StocktakeReading;
import uk.gov.london.planreview.stocktake.StocktakeService;

/**
 * The job's tables step: the CSV files analysts work from, into the run's staging folder.
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

	void write(ReviewRun run) throws IOException {
		Path staging = run.staging();
		this.tables.writeActions(run.runId(), staging.resolve("actions.csv"));
		this.tables.writeScores(run.runId(), staging.resolve("scores.csv"));
		this.tables.writeMovement(run.runId(), staging.resolve("movement.csv"));
		this.goodPractice.writeGoodPractice(run.runId(), staging.resolve("good-practice.csv"));
		this.goodPractice.writeLinkingUp(run.runId(), staging.resolve("linking-up.csv"));
		StocktakeReading reading = this.stocktakeSteps.read(run);
		if (!reading.responses().isEmpty()) {
			this.stocktake.writeCsv(reading, this.stocktakeSteps.reviewedPlans(run),
					staging.resolve("stocktake-responses.csv"));
		}
	}

}
