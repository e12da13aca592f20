package uk.gov.london.planreview.report;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import uk.gov.london.planreview.document.DocumentRendering;
import uk.gov.london.planreview.quarter.Quarter;
import uk.gov.london.planreview.stocktake.StocktakeReading;
import uk.gov.london.planreview.stocktake.StocktakeSummary;

/**
 * The job's documents step: review.pdf, every plan's feedback/<plan_id>.pdf and the
 * stock-take note, each with its HTML. The run's data is loaded once; the documents are
 * rendered on a pool of one thread per core (rendering is CPU-bound and each document
 * independent), the review first as it is the longest.
 */
@Component
public class QuarterDocuments {

	/** The stock-take responses read in the run, and what they add up to. */
	public record Stocktake(StocktakeReading reading, StocktakeSummary summary) {
	}

	private final ReviewDataLoader loader;

	private final ReviewReport review;

	private final FeedbackReport feedback;

	private final StocktakeReport stocktake;

	private final int threads;

	QuarterDocuments(ReviewDataLoader loader, ReviewReport review, FeedbackReport feedback, StocktakeReport stocktake,
			DocumentSettings settings) {
		this.loader = loader;
		this.review = review;
		this.feedback = feedback;
		this.stocktake = stocktake;
		this.threads = settings.threadCount();
	}

	/**
	 * Writes every document whole into the folder; a restart renders them all again, as
	 * they are the same bytes every time.
	 */
	public void render(long runId, Quarter quarter, Instant runDate, Optional<Stocktake> stocktake, Path folder,
			DocumentRendering.Done done) throws IOException {
		ReviewData loaded = this.loader.load(runId, quarter, runDate);
		ReviewData data = stocktake.map(s -> loaded.withSurvey(Survey.of(s.reading(), quarter, loaded.settings())))
			.orElse(loaded);
		List<DocumentRendering.Document> documents = new ArrayList<>();
		documents.add(new DocumentRendering.Document("review.pdf",
				() -> this.review.write(data, folder.resolve("review.pdf"))));
		stocktake.ifPresent(s -> documents.add(new DocumentRendering.Document("stocktake.pdf", () -> this.stocktake
			.write(s.reading(), s.summary(), Optional.of(data), quarter, runDate, folder.resolve("stocktake.pdf")))));
		for (PlanView plan : data.plans()) {
			documents.add(new DocumentRendering.Document("feedback for " + plan.name(),
					() -> this.feedback.write(data, plan, FeedbackReport.target(folder, plan.planId()))));
		}
		DocumentRendering.renderAll(documents, this.threads, done);
	}

}
