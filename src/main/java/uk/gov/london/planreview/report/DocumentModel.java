package uk.gov.london.planreview.report;

import java.util.ArrayList;
import java.util.List;

import uk.gov.london.planreview.report.chart.Chart;

/**
 * What every document's layout needs: the cover (with, for the review and each feedback,
 * a front page a reader takes in within two minutes), the running header, the metadata,
 * and the sections in order. Appendices are lettered as they come; the numbers behind the
 * charts are printed once, in an appendix of their own before the method.
 *
 * @param publisher whose document it is: the cover's band and the PDF's author
 * @param title the document's title: cover, PDF title and HTML title
 * @param subtitle under the title on the cover
 * @param forWhom who it is for, on the cover ("For the board of the Safer Camden
 * Partnership")
 * @param shortTitle the running header on every page after the cover
 * @param subject the PDF's subject
 * @param quarter the quarter reviewed, e.g. 2026-Q3
 * @param period the quarter in words, e.g. July to September 2026
 * @param date the run date in words, e.g. 10 October 2026
 * @param front what the cover says under the title, or null for a cover with the title
 * alone
 */
public record DocumentModel(String publisher, String title, String subtitle, String forWhom, String shortTitle,
		String subject, String quarter, String period, String date, Section front, List<Section> sections) {

	/** The review and the feedback are the three partners' documents. */
	public static final String PARTNERS = "MOPAC, the Metropolitan Police Service and London Councils";

	/** The id of the section a document shows as its front page, under the title. */
	public static final String FRONT = "front";

	/** The id of the appendix that holds the charts' numbers. */
	static final String FIGURES = "figures";

	public DocumentModel {
		sections = letterAppendices(withFigures(sections));
	}

	/** The front page among a document's sections, or null when it has none. */
	public static Section frontOf(List<Section> sections) {
		return sections.stream().filter(s -> s.id().equals(FRONT)).findFirst().orElse(null);
	}

	/** The sections after the front page. */
	public static List<Section> bodyOf(List<Section> sections) {
		return sections.stream().filter(s -> !s.id().equals(FRONT)).toList();
	}

	/** Every chart of the document, in the order the sections show them. */
	public List<Chart> charts() {
		return this.sections.stream().flatMap(s -> s.charts().stream()).toList();
	}

	private static List<Section> withFigures(List<Section> sections) {
		List<Chart> charts = sections.stream().flatMap(s -> s.charts().stream()).toList();
		if (charts.isEmpty() || sections.stream().anyMatch(s -> s.id().equals(FIGURES))) {
			return sections;
		}
		Section figures = Section.of(FIGURES, "The numbers behind the charts", "figures.ftl", charts).asAppendix();
		List<Section> with = new ArrayList<>(sections);
		int method = with.stream().map(Section::id).toList().indexOf("method");
		with.add(method < 0 ? with.size() : method, figures);
		return with;
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
