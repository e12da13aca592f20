package uk.gov.london.planreview.report;

import java.util.List;

import uk.gov.london.planreview.report.chart.Chart;

/**
 * One section of a document: a heading in the contents and the bookmarks, and a template
 * fragment that renders its model. A section builder returns one only when it has
 * something to say, so a document holds exactly the sections its data supports, with no
 * placeholders.
 *
 * @param id the section's anchor, unique in its document (letters, digits and hyphens)
 * @param title its heading
 * @param template the FreeMarker fragment, relative to {@code templates/}, that renders
 * the section's body under its heading; it sees the model as {@code m}
 * @param model what the fragment renders
 * @param layout how the section is laid out on the page
 * @param headings the fragment's own sub-headings (each rendered with its id), for the
 * bookmarks
 * @param charts the charts the fragment shows; their numbers are printed once, in the
 * document's appendix of figures
 */
public record Section(String id, String title, String template, Object model, Layout layout, List<Heading> headings,
		List<Chart> charts) {

	public Section {
		headings = List.copyOf(headings);
		charts = List.copyOf(charts);
	}

	/** A section in the main body, on portrait pages, starting a page of its own. */
	public static Section of(String id, String title, String template, Object model) {
		return new Section(id, title, template, model, Layout.PORTRAIT, List.of(), List.of());
	}

	public Section withHeadings(List<Heading> subHeadings) {
		return new Section(this.id, this.title, this.template, this.model, this.layout, subHeadings, this.charts);
	}

	public Section withCharts(List<Chart> shown) {
		return new Section(this.id, this.title, this.template, this.model, this.layout, this.headings, shown);
	}

	public Section inLandscape() {
		return new Section(this.id, this.title, this.template, this.model, Layout.LANDSCAPE, this.headings,
				this.charts);
	}

	public Section asAppendix() {
		return new Section(this.id, this.title, this.template, this.model,
				this.layout == Layout.LANDSCAPE ? Layout.LANDSCAPE_APPENDIX : Layout.APPENDIX, this.headings,
				this.charts);
	}

	/**
	 * A section that runs on from the one before instead of starting a page of its own.
	 */
	public Section runOn() {
		return new Section(this.id, this.title, this.template, this.model, Layout.RUN_ON, this.headings, this.charts);
	}

	public Section titled(String newTitle) {
		return new Section(this.id, newTitle, this.template, this.model, this.layout, this.headings, this.charts);
	}

	public boolean isLandscape() {
		return this.layout == Layout.LANDSCAPE || this.layout == Layout.LANDSCAPE_APPENDIX;
	}

	public boolean isRunningOn() {
		return this.layout == Layout.RUN_ON;
	}

	public boolean isAppendix() {
		return this.layout == Layout.APPENDIX || this.layout == Layout.LANDSCAPE_APPENDIX;
	}

	/**
	 * Portrait body text; landscape, on pages of their own, for wide tables such as the
	 * plan × partner matrix; appendices start on a new page and are lettered A, B, ...; a
	 * run-on section follows the one before on the same page.
	 */
	public enum Layout {

		PORTRAIT, LANDSCAPE, APPENDIX, LANDSCAPE_APPENDIX, RUN_ON

	}

	/** A sub-heading inside a section. */
	public record Heading(String id, String title) {
	}

}
