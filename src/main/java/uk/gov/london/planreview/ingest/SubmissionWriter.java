package uk.gov.london.planreview.ingest;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

import uk.gov.london.planreview.finding.FindingStore;

/** readPlans' writer: each reading of a chunk kept, in file order, with its findings. */
public class SubmissionWriter implements ItemWriter<ReceivedWorkbook> {

	private final long runId;

	private final SubmissionStore submissions;

	private final FindingStore findings;

	public SubmissionWriter(long runId, SubmissionStore submissions, FindingStore findings) {
		this.runId = runId;
		this.submissions = submissions;
		this.findings = findings;
	}

	@Override
	public void write(Chunk<? extends ReceivedWorkbook> chunk) {
		for (ReceivedWorkbook received : chunk) {
			this.submissions.save(this.runId, received);
			this.findings.add(this.runId, "readPlans", received.reading().findings());
		}
	}

}
