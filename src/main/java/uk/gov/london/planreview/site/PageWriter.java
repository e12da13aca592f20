package uk.gov.london.planreview.site;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import freemarker.core.XHTMLOutputFormat;
import freemarker.template.TemplateModelException;

import org.springframework.stereotype.Component;

import uk.gov.london.planreview.archive.AtomicFiles;
import uk.gov.london.planreview.document.ScreenStyles;
import uk.gov.london.planreview.document.TemplateEngine;
import uk.gov.london.planreview.document.Xml;

/**
 * Renders the pages analysts browse (the indexes, the actions of every quarter) from
 * templates/site/, by the documents' rules: auto-escaped XHTML output, so text from a
 * workbook never becomes markup, and everything the page needs inside it — styles, the
 * bundled fonts, scripts — so it fetches nothing.
 */
@Component
class PageWriter {

	private final TemplateEngine templates;

	private final ScreenStyles screen;

	PageWriter(TemplateEngine templates, ScreenStyles screen) {
		this.templates = templates;
		this.screen = screen;
	}

	String render(String template, Map<String, Object> model) {
		Map<String, Object> withFonts = new HashMap<>(model);
		try {
			// Our own @font-face rules, put into the page as they are.
			withFonts.put("fonts", XHTMLOutputFormat.INSTANCE.fromMarkup(this.screen.fontFaces()));
		}
		catch (TemplateModelException ex) {
			throw new IllegalStateException(ex);
		}
		return Xml.clean(this.templates.render(template, withFonts));
	}

	void write(Path target, String template, Map<String, Object> model) throws IOException {
		byte[] page = render(template, model).getBytes(StandardCharsets.UTF_8);
		AtomicFiles.write(target, out -> out.write(page));
	}

}
