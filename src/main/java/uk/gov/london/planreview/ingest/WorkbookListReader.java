package uk.gov.london.planreview.ingest;

import java.util.List;
import java.util.function.BiConsumer;

import org.springframework.batch.infrastructure.item.support.AbstractItemCountingItemStreamItemReader;

/**
 * Hands out the run's workbooks one at a time, in name order. It saves how far it got, so
 * a restarted run carries on with the next workbook instead of reading the committed ones
 * again.
 */
public class WorkbookListReader extends AbstractItemCountingItemStreamItemReader<InputWorkbook> {

	private final List<InputWorkbook> workbooks;

	private final BiConsumer<Integer, InputWorkbook> onRead;

	/**
	 * @param onRead told the position (1-based) of each workbook as it is handed out
	 */
	public WorkbookListReader(List<InputWorkbook> workbooks, BiConsumer<Integer, InputWorkbook> onRead) {
		this.workbooks = List.copyOf(workbooks);
		this.onRead = onRead;
		setName("workbooks");
	}

	@Override
	protected InputWorkbook doRead() {
		int next = getCurrentItemCount() - 1;
		if (next >= this.workbooks.size()) {
			return null;
		}
		InputWorkbook workbook = this.workbooks.get(next);
		this.onRead.accept(next + 1, workbook);
		return workbook;
	}

	@Override
	protected void doOpen() {
		// The list is fixed when the run starts.
	}

	@Override
	protected void doClose() {
		// Nothing held open.
	}

	@Override
	protected void jumpToItem(int itemIndex) {
		// Positions are list indexes: nothing to skip through.
	}

}
