package uk.gov.london.planreview.report;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Arrays;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.TimeZone;

import com.openhtmltopdf.extend.FSSupplier;
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
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.XMPBasicSchema;
import org.apache.xmpbox.xml.DomXmpParser;
import org.apache.xmpbox.xml.XmpSerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns a document's XHTML into an archival, accessible PDF: PDF/A-3a and PDF/UA-1, with the bundled
 * Noto fonts embedded and an sRGB output intent. The renderer may fetch nothing: every file, http or
 * other resource request is refused. The PDF is dated with the run's date and given an ID derived from
 * its content, so the same run produces byte-identical documents.
 */
public final class PdfRenderer {

	private static final String PRODUCER = "plan-review";

	private static final Logger log = LoggerFactory.getLogger(PdfRenderer.class);

	static {
		// openhtmltopdf logs through java.util.logging to the console; its diagnostics go to our log instead.
		XRLog.setLoggingEnabled(false);
	}

	private final byte[] colorProfile = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

	public void render(String xhtml, Instant date, OutputStream out) throws IOException {
		PdfRendererBuilder builder = new PdfRendererBuilder();
		builder.useFastMode();
		builder.usePdfAConformance(PdfRendererBuilder.PdfAConformance.PDFA_3_A);
		builder.usePdfUaAccessibility(true);
		builder.useColorProfile(this.colorProfile);
		builder.withProducer(PRODUCER);
		builder.useFont(font("NotoSans-Regular.ttf"), "Noto Sans", 400, FontStyle.NORMAL, true);
		builder.useFont(font("NotoSans-Bold.ttf"), "Noto Sans", 700, FontStyle.NORMAL, true);
		builder.useFont(font("NotoSans-Italic.ttf"), "Noto Sans", 400, FontStyle.ITALIC, true);
		builder.useFont(font("NotoSansSymbols2-Regular.ttf"), "Noto Sans Symbols 2", 400, FontStyle.NORMAL, true);
		builder.useSVGDrawer(new BatikSVGDrawer());
		builder.useExternalResourceAccessControl((uri, type) -> false, ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
		builder.useExternalResourceAccessControl((uri, type) -> false, ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
		builder.useUriResolver((base, uri) -> null);
		builder.withDiagnosticConsumer(diagnostic -> {
			if (diagnostic.getLevel().intValue() >= java.util.logging.Level.WARNING.intValue()) {
				log.warn("{}", diagnostic.getFormattedMessage());
			}
		});
		builder.withHtmlContent(xhtml, null);
		try (PdfBoxRenderer renderer = builder.buildPdfRenderer(); PDDocument document = renderer.createPDFKeepOpen()) {
			date(document, date);
			identify(document, xhtml, date);
			document.save(out);
		}
	}

	private static FSSupplier<InputStream> font(String name) {
		return () -> PdfRenderer.class.getResourceAsStream("/fonts/" + name);
	}

	/** Sets the document's dates, in its information dictionary and its XMP metadata alike (PDF/A requires both agree). */
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
		catch (org.apache.xmpbox.xml.XmpParsingException | javax.xml.transform.TransformerException ex) {
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
