package uk.gov.london.planreview.document;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.BreakIterator;
import java.time.Instant;
import java.util.Arrays;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;

import javax.xml.transform.TransformerException;

import com.openhtmltopdf.extend.FSTextBreaker;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import com.openhtmltopdf.util.XRLog;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.PDTableAttributeObject;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.StandardStructureTypes;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.XMPBasicSchema;
import org.apache.xmpbox.xml.DomXmpParser;
import org.apache.xmpbox.xml.XmpParsingException;
import org.apache.xmpbox.xml.XmpSerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns a document's XHTML into an archival, accessible PDF: PDF/A-3a and PDF/UA-1, with
 * the bundled Noto fonts embedded and an sRGB output intent. The renderer may fetch
 * nothing: every file, http or other resource request is refused. The PDF is dated with
 * the run's date and given an ID derived from its content, so the same run produces
 * byte-identical documents.
 */
public final class PdfRenderer {

	private static final String PRODUCER = "plan-review";

	private static final Logger log = LoggerFactory.getLogger(PdfRenderer.class);

	static {
		// openhtmltopdf logs through java.util.logging to the console; its diagnostics go
		// to our log instead.
		XRLog.setLoggingEnabled(false);
	}

	private final byte[] colorProfile = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

	private final List<byte[]> fontData;

	private final Glyphs glyphs;

	/** Pages rendered since start-up, for the benchmark's pages per second. */
	private final AtomicLong pages = new AtomicLong();

	public PdfRenderer() {
		this.fontData = BundledFont.ALL.stream().map(BundledFont::read).map(FontTables::withoutSubstitutions).toList();
		this.glyphs = new Glyphs(this.fontData, BundledFont.TEXT_FACES);
	}

	public long pagesRendered() {
		return this.pages.get();
	}

	/** The characters the bundled fonts draw; others are replaced before rendering. */
	public Glyphs glyphs() {
		return this.glyphs;
	}

	/**
	 * Renders the document. Safe to call from several threads at once: each call has its
	 * own renderer.
	 */
	public void render(String source, Instant date, OutputStream out) throws IOException {
		String xhtml = this.glyphs.replaceUnsupported(Xml.clean(source));
		PdfRendererBuilder builder = new PdfRendererBuilder();
		builder.useFastMode();
		builder.usePdfAConformance(PdfRendererBuilder.PdfAConformance.PDFA_3_A);
		builder.usePdfUaAccessibility(true);
		builder.useColorProfile(this.colorProfile);
		builder.withProducer(PRODUCER);
		for (int i = 0; i < BundledFont.ALL.size(); i++) {
			BundledFont font = BundledFont.ALL.get(i);
			byte[] data = this.fontData.get(i);
			builder.useFont(() -> new ByteArrayInputStream(data), font.family(), font.weight(),
					font.italic() ? FontStyle.ITALIC : FontStyle.NORMAL, true);
		}
		builder.useUnicodeLineBreaker(new LineBreaker());
		builder.useSVGDrawer(new BatikSVGDrawer());
		builder.useExternalResourceAccessControl((uri, type) -> false,
				ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
		builder.useExternalResourceAccessControl((uri, type) -> false,
				ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
		builder.useUriResolver((base, uri) -> null);
		builder.withDiagnosticConsumer(diagnostic -> {
			if (diagnostic.getLevel().intValue() >= Level.WARNING.intValue()) {
				log.warn("{}", diagnostic.getFormattedMessage());
			}
		});
		builder.withHtmlContent(xhtml, null);
		try (PdfBoxRenderer renderer = builder.buildPdfRenderer(); PDDocument document = renderer.createPDFKeepOpen()) {
			scopeTableHeaders(document);
			date(document, date);
			identify(document, xhtml, date);
			document.save(out);
			this.pages.addAndGet(document.getNumberOfPages());
		}
	}

	/**
	 * Lines break where English text breaks (the JDK's line rules): not after every full
	 * stop, as openhtmltopdf's default does to break web addresses, which splits a
	 * reference such as "O1.2" across two lines.
	 */
	private static final class LineBreaker implements FSTextBreaker {

		private final BreakIterator breaks = BreakIterator.getLineInstance(Locale.UK);

		private String text = "";

		@Override
		public int next() {
			int next = this.breaks.next();
			// Not inside a word after a typographic apostrophe ("quarter’s"), which the
			// JDK's rules take for a closing quotation mark.
			while (next != BreakIterator.DONE && next > 0 && next < this.text.length()
					&& this.text.charAt(next - 1) == '\u2019' && Character.isLetter(this.text.charAt(next))) {
				next = this.breaks.next();
			}
			return next;
		}

		@Override
		public void setText(String text) {
			this.text = text;
			this.breaks.setText(text);
		}

	}

	/**
	 * Gives every table header cell a scope (PDF/UA): a header in a table's head row
	 * heads its column; one in a body row heads its row. openhtmltopdf tags header cells
	 * as TH but does not carry HTML's scope.
	 */
	private static void scopeTableHeaders(PDDocument document) {
		PDStructureTreeRoot root = document.getDocumentCatalog().getStructureTreeRoot();
		if (root != null) {
			for (Object kid : root.getKids()) {
				scope(kid, false);
			}
		}
	}

	private static void scope(Object node, boolean inHead) {
		if (!(node instanceof PDStructureElement element)) {
			return;
		}
		String type = element.getStructureType();
		if (StandardStructureTypes.TH.equals(type)) {
			PDTableAttributeObject attribute = new PDTableAttributeObject();
			attribute.setScope(inHead ? PDTableAttributeObject.SCOPE_COLUMN : PDTableAttributeObject.SCOPE_ROW);
			element.addAttribute(attribute);
			return;
		}
		boolean head = inHead || StandardStructureTypes.T_HEAD.equals(type);
		for (Object kid : element.getKids()) {
			scope(kid, head);
		}
	}

	/**
	 * Sets the document's dates, in its information dictionary and its XMP metadata alike
	 * (PDF/A requires both agree).
	 */
	private static void date(PDDocument document, Instant date) throws IOException {
		Calendar calendar = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
		calendar.setTimeInMillis(date.toEpochMilli());
		PDDocumentInformation info = document.getDocumentInformation();
		info.setCreationDate(calendar);
		info.setModificationDate(calendar);
		PDMetadata metadata = document.getDocumentCatalog().getMetadata();
		if (metadata == null) {
			return;
		}
		try (InputStream in = metadata.exportXMPMetadata()) {
			XMPMetadata xmp = new DomXmpParser().parse(in);
			XMPBasicSchema basic = xmp.getXMPBasicSchema();
			if (basic == null) {
				basic = xmp.createAndAddXMPBasicSchema();
			}
			basic.setCreateDate(calendar);
			basic.setModifyDate(calendar);
			ByteArrayOutputStream serialised = new ByteArrayOutputStream();
			new XmpSerializer().serialize(xmp, serialised, true);
			metadata.importXMPMetadata(serialised.toByteArray());
		}
		catch (XmpParsingException | TransformerException ex) {
			throw new IOException("Could not date the document's metadata", ex);
		}
	}

	/** A file identifier from the content, instead of PDFBox's time-based one. */
	private static void identify(PDDocument document, String xhtml, Instant date) {
		try {
			MessageDigest digest = MessageDigest.getInstance("MD5");
			digest.update(xhtml.getBytes(StandardCharsets.UTF_8));
			digest.update(date.toString().getBytes(StandardCharsets.UTF_8));
			byte[] id = Arrays.copyOf(digest.digest(), 16);
			COSArray ids = new COSArray();
			ids.add(new COSString(id));
			ids.add(new COSString(id));
			document.getDocument().getTrailer().setItem(COSName.ID, ids);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("MD5 is part of every Java runtime", ex);
		}
	}

}
