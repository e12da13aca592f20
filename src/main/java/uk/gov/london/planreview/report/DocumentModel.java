package uk.gov.london.planreview.report;

import java.util.ArrayList;
import java.util.List;

/**
 * What every document's layout needs: the cover, the running header, the metadata, and
 * the sections in order (appendices lettered as they come).
 *
 * @param title the document's title: cover, PDF title and HTML title
 * @param subtitle under the title on the cover
 * @param forWhom who it is for, on the cover ("For the board of the Safer Camden
 * Partnership")
 * @param shortTitle the running header on every page after the cover
 * @param subject the PDF's subject
 * @param quarter the quarter reviewed, e.g. 2026-Q3
 * @param period the quarter in words, e.g. July to September 2026
 * @param date the run date in words, e.g. 10 October 2026
 */
public record DocumentModel(String title, String subtitle, String forWhom, String shortTitle, String subject,
		String quarter, String period, String date, List<Section> sections) {

	public DocumentModel {
		sections = letterAppendices(sections);
	}

	private static List<Section> letterAppendices(List<Section> sections) {
		List<Section> lettered = new ArrayList<>();
		char letter = 'A';
		for (Section section : sections) {
			if (section.isAppendix() && !section.title().startsWith("Appendix ")) {
				lettered.add(section.titled("Appendix " + letter + ": " + section.title()));
				letter++;
			}
			else {
				lettered.add(section);
			}
		}
		return List.copyOf(lettered);
	}

}
