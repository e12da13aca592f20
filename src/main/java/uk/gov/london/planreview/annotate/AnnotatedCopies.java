package uk.gov.london.planreview.annotate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import uk.gov.london.planreview.archive.Sha256;
import uk.gov.london.planreview.document.DocumentRendering;
import uk.gov.london.planreview.finding.Finding;
import uk.gov.london.planreview.finding.FindingStore;
import uk.gov.london.planreview.ingest.ActionTables;
import uk.gov.london.planreview.ingest.SubmissionStatus;
import uk.gov.london.planreview.ingest.SubmissionStore.Submission;
import uk.gov.london.planreview.ingest.SubmissionStore;
import uk.gov.london.planreview.plan.Plan;
import uk.gov.london.planreview.quarter.Quarter;
import uk.gov.london.planreview.reference.ReferenceData;
import uk.gov.london.planreview.reference.Wording;
import uk.gov.london.planreview.report.DocumentSettings;
import uk.gov.london.planreview.scoring.PlanScore;
import uk.gov.london.planreview.scoring.PlanScorer;
import uk.gov.london.planreview.scoring.ScoreStore;

/**
 * The job's annotated-copies step: each reviewed plan's own workbook back to its
 * partnership with the review's comments on its cells, as
 * {@code feedback/<plan_id>-annotated.xlsx} (.xlsm or .xls when the plan came so). A
 * workbook that could not be read, or was superseded by a later submission, gets none.
 * The wording of the comments is in {@value #WORDING}.
 */
@Component
public class AnnotatedCopies {

	/** The reference file that words every comment. */
	public static final String WORDING = "review-comments.csv";

	static final List<String> KEYS = List.of("outcome", "baseline", "lead", "lead_organisation", "start_date",
			"end_date", "dates", "progress", "rag", "comments_or_documents", "no_column", "mandatory_unfilled",
			"mandatory_missing", "sign_off", "finding", "sheet_name", "sheet_title", "sheet_intro", "heading_where",
			"heading_concerning", "heading_comment", "whole_plan", "existing_note", "no_comments");

	private static final String STEP = "annotateCopies";

	private static final ZoneId LONDON = ZoneId.of("Europe/London");

	private final SubmissionStore submissions;

	private final ScoreStore scores;

	private final FindingStore findings;

	private final PlanAnnotator annotator;

	private final int threads;

	AnnotatedCopies(ReferenceData reference, SubmissionStore submissions, ScoreStore scores, FindingStore findings,
			PlanScorer scorer, AnnotationSettings settings, DocumentSettings documents) {
		this.submissions = submissions;
		this.scores = scores;
		this.findings = findings;
		this.annotator = new PlanAnnotator(Wording.load(reference, WORDING, KEYS), ActionTables.load(reference), scorer,
				settings.reviewingBody());
		this.threads = documents.threadCount();
	}

	/**
	 * Writes an annotated copy of every reviewed plan into the folder's feedback/, on a
	 * pool of one thread per core (each workbook is independent); a restart writes them
	 * all again, the same bytes.
	 * @param inputFile the input file of the name the run recorded
	 * @return how many copies were written
	 */
	public int write(long runId, Quarter quarter, Instant runDate, Function<String, Path> inputFile, Path folder,
			DocumentRendering.Done done) throws IOException {
		this.findings.clear(runId, STEP);
		Map<String, PlanScore> scoreByFile = this.scores.scores(runId)
			.stream()
			.collect(Collectors.toMap(PlanScore::sourceFile, s -> s));
		Map<String, List<Finding>> findingsByFile = this.findings.all(runId)
			.stream()
			.collect(Collectors.groupingBy(Finding::sourceFile));
		List<Submission> reviewed = this.submissions.submissions(runId)
			.stream()
			.filter(s -> s.status() == SubmissionStatus.ACCEPTED && scoreByFile.containsKey(s.sourceFile()))
			.toList();
		LocalDate reviewDate = runDate.atZone(LONDON).toLocalDate();
		// One slot per plan, so the findings come out in the same order whichever thread
		// finishes first.
		Finding[] problems = new Finding[reviewed.size()];
		List<DocumentRendering.Document> copies = new ArrayList<>();
		for (int i = 0; i < reviewed.size(); i++) {
			Submission submission = reviewed.get(i);
			Path source = inputFile.apply(submission.sourceFile());
			if (!Files.isRegularFile(source) || !Sha256.of(source).equals(submission.sha256())) {
				problems[i] = problem(submission, "The workbook was changed or removed after the review read it, so no "
						+ "annotated copy of it was written. Review the quarter again to send one.");
				continue;
			}
			Plan plan = this.submissions.plan(runId, submission);
			PlanScore score = scoreByFile.get(submission.sourceFile());
			List<Finding> found = findingsByFile.getOrDefault(submission.sourceFile(), List.of());
			int slot = i;
			copies.add(new DocumentRendering.Document(plan.authorityNames(), () -> {
				try {
					this.annotator.write(plan, score, found, source, folder.resolve("feedback"), quarter, reviewDate);
				}
				catch (IOException | RuntimeException ex) {
					// A workbook POI cannot write back must not cost the others their
					// copy.
					problems[slot] = problem(submission,
							"No annotated copy of the workbook could be written (" + ex.getClass().getSimpleName()
									+ (ex.getMessage() == null ? "" : ": " + ex.getMessage())
									+ "); its feedback is complete without it.");
				}
			}));
		}
		DocumentRendering.renderAll(copies, this.threads, done);
		List<Finding> recorded = Arrays.stream(problems).filter(Objects::nonNull).toList();
		this.findings.add(runId, STEP, recorded);
		return reviewed.size() - recorded.size();
	}

	private static Finding problem(Submission submission, String message) {
		return Finding.warning(submission.sourceFile(), "", message).forPlan(submission.planId());
	}

}
