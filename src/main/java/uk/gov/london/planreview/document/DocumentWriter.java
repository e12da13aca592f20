package uk.gov.london.planreview.document;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import org.springframework.stereotype.Component;

import uk.gov.london.planreview.archive.AtomicFiles;

/**
 * Renders a document from its template and model to HTML and PDF side by side, each
 * written whole. The template is rendered once for each: with {@code medium} "print" for
 * the PDF (bookmarks, running header, page numbers in the contents) and "screen" for the
 * HTML, which a browser shows without them, with the screen stylesheet (fonts, a readable
 * measure, contents at hand) that is written beside it.
 */
@Component
public class DocumentWriter {

	private final TemplateEngine templates;

	private final PdfRenderer pdf;

	private final ScreenStyles screen;

	DocumentWriter(TemplateEngine templates, PdfRenderer pdf, ScreenStyles screen) {
		this.templates = templates;
		this.pdf = pdf;
		this.screen = screen;
	}

	/**
	 * @param target the PDF's path; the HTML goes beside it with the same name
	 */
	public void write(String template, Map<String, Object> model, Instant date, Path target) throws IOException {
		String name = target.getFileName().toString().replaceAll("\\.pdf$", "");
		String html = html(template, model);
		Path page = target.resolveSibling(name + ".html");
		AtomicFiles.write(page, out -> out.write(html.getBytes(StandardCharsets.UTF_8)));
		this.screen.writeBeside(page);
		String print = render(template, model, "print");
		AtomicFiles.write(target, out -> this.pdf.render(print, date, out));
	}

	/** The document as the HTML file holds it. */
	public String html(String template, Map<String, Object> model) {
		return render(template, model, "screen");
	}

	private String render(String template, Map<String, Object> model, String medium) {
		Map<String, Object> withMedium = new HashMap<>(model);
		withMedium.put("medium", medium);
		return Xml.clean(this.templates.render(template, withMedium));
	}

}
