package uk.gov.london.planreview.ingest;

import org.springframework.batch.infrastructure.item.ItemProcessor;

/** readPlans' work on one workbook: read it. Safe on several threads at once. */
public final class PlanReadingProcessor implements ItemProcessor<InputWorkbook, ReceivedWorkbook> {

	private final PlanWorkbookReader reader;

	public PlanReadingProcessor(PlanWorkbookReader reader) {
		this.reader = reader;
	}

	@Override
	public ReceivedWorkbook process(InputWorkbook workbook) {
		return new ReceivedWorkbook(workbook.sha256(), this.reader.read(workbook.path(), workbook.name()));
	}

}
