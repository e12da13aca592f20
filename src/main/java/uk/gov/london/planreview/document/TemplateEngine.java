package uk.gov.london.planreview.document;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.core.ParseException;
import freemarker.core.XHTMLOutputFormat;
import freemarker.ext.beans.BeansWrapperBuilder;
import freemarker.template.Configuration;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.TemplateHashModel;
import freemarker.template.TemplateModelException;

/**
 * FreeMarker, set up for documents: templates from {@code templates/} on disk when
 * present (so a reviewer's edit takes effect on the next run) and otherwise as packaged;
 * XHTML output with auto-escaping always on, so text from a workbook can never become
 * markup.
 */
public final class TemplateEngine {

	private final Configuration configuration;

	/**
	 * @param helpers classes whose static methods templates may call, by the name they
	 * use: {@code prose} for {@code ${prose.count(22)}}
	 */
	public TemplateEngine(Path templatesDir, Map<String, Class<?>> helpers) {
		this.configuration = new Configuration(Configuration.VERSION_2_3_34);
		List<TemplateLoader> loaders = new ArrayList<>();
		if (templatesDir != null && Files.isDirectory(templatesDir)) {
			try {
				loaders.add(new FileTemplateLoader(templatesDir.toFile()));
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		loaders.add(new ClassTemplateLoader(TemplateEngine.class, "/templates"));
		this.configuration.setTemplateLoader(new MultiTemplateLoader(loaders.toArray(TemplateLoader[]::new)));
		this.configuration.setRecognizeStandardFileExtensions(false);
		this.configuration.setOutputFormat(XHTMLOutputFormat.INSTANCE);
		this.configuration.setAutoEscapingPolicy(Configuration.FORCE_AUTO_ESCAPING_POLICY);
		this.configuration.setDefaultEncoding("UTF-8");
		this.configuration.setLocale(Locale.UK);
		this.configuration.setNumberFormat("computer");
		this.configuration.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
		this.configuration.setLogTemplateExceptions(false);
		this.configuration.setWrapUncheckedExceptions(true);
		this.configuration.setFallbackOnNullLoopVariable(false);
		TemplateHashModel statics = new BeansWrapperBuilder(Configuration.VERSION_2_3_34).build().getStaticModels();
		try {
			for (Map.Entry<String, Class<?>> helper : helpers.entrySet()) {
				this.configuration.setSharedVariable(helper.getKey(), statics.get(helper.getValue().getName()));
			}
		}
		catch (TemplateModelException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** Where templates are looked for first, relative to the program's home. */
	public static Path onDisk(Path home) {
		return home.resolve("templates");
	}

	/**
	 * A file among the templates as it is, not parsed: a stylesheet or a script. Read
	 * like the templates, so an edit on disk takes effect on the next run.
	 */
	public String text(String name) {
		try {
			StringWriter out = new StringWriter();
			this.configuration.getTemplate(name, null, null, false).process(Map.of(), out);
			return out.toString();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(
					"The file " + name + " among the templates could not be read: " + ex.getMessage(), ex);
		}
		catch (TemplateException ex) {
			throw new IllegalStateException(ex);
		}
	}

	public String render(String template, Map<String, Object> model) {
		try {
			StringWriter out = new StringWriter();
			this.configuration.getTemplate(template).process(model, out);
			return out.toString();
		}
		catch (ParseException ex) {
			throw new TemplateMistake("The document template " + template + " has a mistake: "
					+ ex.getEditorMessage().replaceAll("[.\\s]+$", "") + " (" + ex.getTemplateName() + ", line "
					+ ex.getLineNumber() + ")", ex);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(
					"The document template " + template + " could not be read: " + ex.getMessage(), ex);
		}
		catch (TemplateException ex) {
			throw new IllegalStateException(
					"The document template " + template + " has a mistake: " + ex.getMessageWithoutStackTop(), ex);
		}
	}

}
