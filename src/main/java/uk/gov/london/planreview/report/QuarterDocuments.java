package uk.gov.london.planreview.report;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import uk.gov.london.planreview.document.DocumentRendering;
import uk.gov.london.planreview.document.TemplateMistake;
import uk.gov.london.planreview.finding.Finding;
import uk.gov.london.planreview.finding.FindingStore;
import uk.gov.london.planreview.finding.Severity;
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

	private static final String STEP = "renderDocuments";

	/** The stock-take responses read in the run, and what they add up to. */
	public record Stocktake(StocktakeReading reading, StocktakeSummary summary) {
	}

	private final ReviewDataLoader loader;

	private final ReviewReport review;

	private final FeedbackReport feedback;

	private final StocktakeReport stocktake;

	private final FindingStore findings;

	private final int threads;

	QuarterDocuments(ReviewDataLoader loader, ReviewReport review, FeedbackReport feedback, StocktakeReport stocktake,
			FindingStore findings, DocumentSettings settings) {
		this.loader = loader;
		this.review = review;
		this.feedback = feedback;
		this.stocktake = stocktake;
		this.findings = findings;
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
		List<Finding> failed = Collections.synchronizedList(new ArrayList<>());
		for (PlanView plan : data.plans()) {
			documents.add(new DocumentRendering.Document("feedback for " + plan.name(),
					() -> feedback(data, plan, folder, failed)));
		}
		this.findings.clear(runId, STEP);
		DocumentRendering.renderAll(documents, this.threads, done);
		if (!failed.isEmpty() && failed.size() == data.plans().size()) {
			throw new IllegalStateException("No plan's feedback could be rendered: " + failed.get(0).message());
		}
		this.findings.add(runId, STEP, failed);
	}

	/**
	 * One plan's feedback. A problem that belongs to the plan leaves it without feedback,
	 * with an error finding, and London's review goes on; a mistake in the template stops
	 * the run, as it would stop every feedback.
	 */
	private void feedback(ReviewData data, PlanView plan, Path folder, List<Finding> failed) throws IOException {
		try {
			this.feedback.write(data, plan, FeedbackReport.target(folder, plan.planId()));
		}
		catch (TemplateMistake ex) {
			throw ex;
		}
		catch (IOException | RuntimeException ex) {
			failed.add(new Finding(plan.plan().sourceFile(), plan.planId(), Severity.ERROR, "",
					"The feedback for " + plan.name() + " could not be made (" + ex.getClass().getSimpleName()
							+ (ex.getMessage() == null ? "" : ": " + ex.getMessage()) + "), so it is not among the "
							+ "outputs; London's review went on without it. Send this workbook to the team that "
							+ "looks after plan-review."));
		}
	}

}
