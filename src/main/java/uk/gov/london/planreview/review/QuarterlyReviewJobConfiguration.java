package uk.gov.london.planreview.review;

import java.util.List;

import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

import uk.gov.london.planreview.annotate.AnnotatedCopies;
import uk.gov.london.planreview.finding.FindingStore;
import uk.gov.london.planreview.goodpractice.GoodPracticeReview;
import uk.gov.london.planreview.history.LastQuarterComparison;
import uk.gov.london.planreview.ingest.InputFolder;
import uk.gov.london.planreview.ingest.InputWorkbook;
import uk.gov.london.planreview.ingest.PlanConsolidation;
import uk.gov.london.planreview.ingest.PlanReadingProcessor;
import uk.gov.london.planreview.ingest.PlanWorkbookReader;
import uk.gov.london.planreview.ingest.ReadSettings;
import uk.gov.london.planreview.ingest.ReceivedWorkbook;
import uk.gov.london.planreview.ingest.SubmissionStore;
import uk.gov.london.planreview.ingest.SubmissionWriter;
import uk.gov.london.planreview.ingest.WorkbookListReader;
import uk.gov.london.planreview.report.QuarterDocuments;
import uk.gov.london.planreview.scoring.PlanScoring;
import uk.gov.london.planreview.site.OutputPages;
import uk.gov.london.planreview.site.QuarterIndexPage;

/**
 * The quarterly review: one Spring Batch job, its steps in the order they run. Each step
 * keeps what it produces in the database or the run's staging folder, so a run that dies
 * restarts from the step that failed; nothing is published until the last step. The work
 * of each step is a class of its own; this configuration only wires them.
 */
@Configuration(proxyBeanMethods = false)
class QuarterlyReviewJobConfiguration {

	/**
	 * Workbooks read per transaction: enough to keep every core busy, few enough that a
	 * restart repeats little.
	 */
	private static final int READ_CHUNK = 8;

	@Bean
	Job quarterlyReview(JobRepository jobRepository, Step prepareRun, Step readPlans, Step consolidatePlans,
			Step readStocktake, Step scorePlans, Step compareWithLastQuarter, Step findGoodPractice, Step writeTables,
			Step renderDocuments, Step annotateCopies, Step writeIndex, Step publish, RunTimings timings) {
		return new JobBuilder(Jobs.QUARTERLY_REVIEW, jobRepository).listener(timings)
			.start(prepareRun)
			.next(readPlans)
			.next(consolidatePlans)
			.next(readStocktake)
			.next(scorePlans)
			.next(compareWithLastQuarter)
			.next(findGoodPractice)
			.next(writeTables)
			.next(renderDocuments)
			.next(annotateCopies)
			.next(writeIndex)
			.next(publish)
			.build();
	}

	@Bean
	Step prepareRun(RunSteps steps, RunPreparation preparation, Progress progress) {
		return steps.once("prepareRun", run -> {
			progress.say("Reviewing " + run.quarter() + " from " + run.input() + " into "
					+ run.layout().publishedDir(run.revision()));
			preparation.prepare(run);
		});
	}

	/**
	 * Reads the workbooks, several at once (one per core): each is independent, and a
	 * chunk is still written, and committed, in file order.
	 */
	@Bean
	Step readPlans(RunSteps steps, WorkbookListReader workbookReader, PlanReadingProcessor planReader,
			SubmissionWriter submissionWriter, ThreadPoolTaskExecutor readingThreads) {
		return steps.builder("readPlans")
			.<InputWorkbook, ReceivedWorkbook>chunk(READ_CHUNK)
			.transactionManager(steps.transactions())
			.reader(workbookReader)
			.processor(planReader)
			.writer(submissionWriter)
			.taskExecutor(readingThreads)
			.build();
	}

	@Bean
	ThreadPoolTaskExecutor readingThreads(ReadSettings settings) {
		ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
		executor.setCorePoolSize(settings.threadCount());
		executor.setThreadNamePrefix("plan-reader-");
		executor.setDaemon(true);
		return executor;
	}

	@Bean
	@StepScope
	WorkbookListReader workbookReader(@Value("#{stepExecution}") StepExecution stepExecution, ReviewRunStore runs,
			Progress progress) {
		ReviewRun run = ReviewRun.of(stepExecution.getJobExecution());
		List<InputWorkbook> workbooks = runs.inputs(run.runId())
			.stream()
			.filter(input -> input.kind() == InputFolder.Kind.WORKBOOK)
			.map(input -> new InputWorkbook(run.inputFile(input.name()), input.name(), input.sha256()))
			.toList();
		return new WorkbookListReader(workbooks,
				(position, workbook) -> progress.count("Reading plans", position, workbooks.size(), workbook.name()));
	}

	@Bean
	PlanReadingProcessor planReader(PlanWorkbookReader reader) {
		return new PlanReadingProcessor(reader);
	}

	@Bean
	@StepScope
	SubmissionWriter submissionWriter(@Value("#{stepExecution}") StepExecution stepExecution,
			SubmissionStore submissions, FindingStore findings) {
		return new SubmissionWriter(ReviewRun.of(stepExecution.getJobExecution()).runId(), submissions, findings);
	}

	/**
	 * The later of two submissions for one authority stands; a review of no plan stops
	 * here.
	 */
	@Bean
	Step consolidatePlans(RunSteps steps, PlanConsolidation consolidation, ReviewablePlans plans) {
		return steps.once("consolidatePlans", run -> {
			consolidation.consolidate(run.runId());
			plans.require(run);
		});
	}

	@Bean
	Step readStocktake(RunSteps steps, StocktakeSteps stocktake, Progress progress) {
		return steps.once("readStocktake", run -> {
			int responses = stocktake.readAndRecord(run).responses().size();
			if (responses > 0) {
				progress.say("Read stock-take responses from " + responses + " authorities");
			}
		});
	}

	@Bean
	Step scorePlans(RunSteps steps, PlanScoring scoring, Progress progress) {
		return steps.once("scorePlans", run -> {
			progress.say("Scoring plans");
			scoring.score(run.runId());
		});
	}

	@Bean
	Step compareWithLastQuarter(RunSteps steps, LastQuarterComparison comparison, Progress progress) {
		return steps.once("compareWithLastQuarter",
				run -> progress.say(comparison.compare(run.runId(), run.quarter(), run.output()).description()));
	}

	@Bean
	Step findGoodPractice(RunSteps steps, GoodPracticeReview goodPractice, Progress progress) {
		return steps.once("findGoodPractice", run -> {
			progress.say("Finding good practice and linking up");
			goodPractice.review(run.runId(), run.quarter());
		});
	}

	@Bean
	Step writeTables(RunSteps steps, TableWriting tables, Progress progress) {
		return steps.once("writeTables", run -> {
			progress.say("Writing the tables: the CSV files and review.xlsx");
			tables.write(run);
		});
	}

	/**
	 * A tasklet rather than a partitioned step: the documents are written whole and are
	 * the same bytes every time, so a restart renders them all again instead of tracking
	 * each one.
	 */
	@Bean
	Step renderDocuments(RunSteps steps, QuarterDocuments documents, StocktakeSteps stocktake, Progress progress) {
		return steps.once("renderDocuments", run -> {
			if (run.documents()) {
				documents.render(run.runId(), run.quarter(), run.runDate(), stocktake.forDocuments(run), run.staging(),
						(done, of, name) -> progress.count("Rendered documents", done, of, name));
			}
		});
	}

	/**
	 * Each plan's own workbook with the review's comments; like the documents, skipped by
	 * --no-documents.
	 */
	@Bean
	Step annotateCopies(RunSteps steps, AnnotatedCopies copies, Progress progress) {
		return steps.once("annotateCopies", run -> {
			if (run.documents()) {
				copies.write(run.runId(), run.quarter(), run.runDate(), run::inputFile, run.staging(),
						(done, of, name) -> progress.count("Annotated copies", done, of, name));
			}
		});
	}

	/** The revision's index.html, published with it. */
	@Bean
	Step writeIndex(RunSteps steps, QuarterIndexPage index) {
		return steps.once("writeIndex",
				run -> index.write(run.runId(), run.quarter(), run.revision(), run.runDate(), run.staging()));
	}

	/**
	 * Publishes the revision, then rebuilds the pages at the root of the output folder
	 * that list every quarter published there.
	 */
	@Bean
	Step publish(RunSteps steps, Publication publication, OutputPages pages, Progress progress) {
		return steps.builder("publish").tasklet((contribution, chunk) -> {
			ReviewRun run = RunSteps.run(chunk);
			progress.say("Published "
					+ publication.publish(run, RunSteps.startTime(chunk.getStepContext().getStepExecution())));
			progress.say(pages.rebuild(run.output()));
			return RepeatStatus.FINISHED;
		}, steps.transactions()).build();
	}

	/** Where a run passes each step's start, for tests that stop it there. */
	@Bean
	Checkpoints checkpoints() {
		return Checkpoints.NONE;
	}

}
