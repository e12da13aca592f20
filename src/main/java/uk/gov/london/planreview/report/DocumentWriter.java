package uk.gov.london.planreview.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;

import org.springframework.stereotype.Component;

import uk.gov.london.planreview.archive.AtomicFiles;

/** Renders a document from its template and model to HTML and PDF side by side, each written whole. */
@Component
public class DocumentWriter {

	private final TemplateEngine templates;

	private final PdfRenderer pdf;

	DocumentWriter(TemplateEngine templates, PdfRenderer pdf) {
		this.templates = templates;
		this.pdf = pdf;
	}

	/**
	 * @param target the PDF's path; the HTML goes beside it with the same name
	 */
	public void write(String template, Map<String, Object> model, Instant date, Path target) throws IOException {
		String xhtml = this.templates.render(template, model);
		String name = target.getFileName().toString().replaceAll("\\.pdf$", "");
		AtomicFiles.write(target.resolveSibling(name + ".html"), out -> out.write(xhtml.getBytes(StandardCharsets.UTF_8)));
		AtomicFiles.write(target, out -> this.pdf.render(xhtml, date, out));
	}

}
