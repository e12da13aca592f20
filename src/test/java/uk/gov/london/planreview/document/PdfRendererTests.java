package uk.gov.london.planreview.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;

import javax.imageio.ImageIO;

import com.sun.net.httpserver.HttpServer;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The renderer itself, given markup no template would produce: it fetches nothing (no
 * http, https or file resource of any kind), draws every character with a bundled font,
 * and gives the same bytes for the same document and date.
 */
class PdfRendererTests {

	static final Instant DATE = Instant.parse("2026-10-10T09:00:00Z");

	final PdfRenderer renderer = new PdfRenderer();

	@TempDir
	Path work;

	static String page(String head, String body) {
		return "<!DOCTYPE html><html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en-GB\" xml:lang=\"en-GB\"><head><title>Test</title>"
				+ head + "</head><body style=\"font-family: 'Noto Sans', 'Noto Sans Symbols 2'\">" + body
				+ "</body></html>";
	}

	byte[] render(String xhtml) throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		this.renderer.render(xhtml, DATE, out);
		return out.toByteArray();
	}

	@Test
	void fetchesNothingFromOutsideTheApplication() throws Exception {
		AtomicInteger requests = new AtomicInteger();
		HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		server.createContext("/", exchange -> {
			requests.incrementAndGet();
			exchange.sendResponseHeaders(404, -1);
			exchange.close();
		});
		server.start();
		try {
			String base = "http://127.0.0.1:" + server.getAddress().getPort();
			Path png = this.work.resolve("picture.png");
			ImageIO.write(new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB), "png", png.toFile());
			String head = "<link rel=\"stylesheet\" href=\"" + base + "/linked.css\"/><style>@import url(\"" + base
					+ "/imported.css\");" + " body { background-image: url(\"" + png.toUri() + "\"); }"
					+ " @font-face { font-family: 'Remote'; src: url(\"" + base + "/font.ttf\"); }</style>";
			String body = "<p>Text</p><img src=\"" + base + "/image.png\" alt=\"remote\"/><img src=\"" + png.toUri()
					+ "\" alt=\"local\"/>" + "<img src=\"https://127.0.0.1:1/secure.png\" alt=\"secure\"/>"
					+ "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\" width=\"20\" height=\"20\" alt=\"svg\">"
					+ "<image xlink:href=\"" + base + "/svg-image.png\" width=\"20\" height=\"20\"/>"
					+ "<image xlink:href=\"" + png.toUri() + "\" width=\"20\" height=\"20\"/></svg>";
			byte[] pdf = render(page(head, body));
			assertThat(requests).hasValue(0);
			try (PDDocument document = Loader.loadPDF(pdf)) {
				for (PDPage page : document.getPages()) {
					for (COSName name : page.getResources().getXObjectNames()) {
						assertThat(page.getResources().isImageXObject(name)).as("an image was embedded").isFalse();
					}
				}
			}
		}
		finally {
			server.stop(0);
		}
	}

	@Test
	void replacesCharactersNoBundledFontHasAndDropsThoseXmlForbids() throws Exception {
		byte[] pdf = render(page("", "<p>£ – ’ ✓ 👍 中 ﬁne \u000B\u0001done</p>"));
		try (PDDocument document = Loader.loadPDF(pdf)) {
			String text = new PDFTextStripper().getText(document).trim();
			assertThat(text).isEqualTo("£ – ’ ✓ 👍 \uFFFD fine done");
		}
	}

	@Test
	void theSameDocumentAndDateGiveTheSameBytes() throws Exception {
		String xhtml = page("",
				"<h1>Title</h1><table><thead><tr><th scope=\"col\">A</th></tr></thead><tbody><tr><td>1</td></tr></tbody></table>");
		assertThat(render(xhtml)).isEqualTo(render(xhtml));
	}

	@Test
	void glyphsKnowWhatTheFontsDraw() {
		Glyphs glyphs = this.renderer.glyphs();
		"£–’✓".codePoints().forEach(cp -> assertThat(glyphs.supports(cp)).as(Character.getName(cp)).isTrue());
		assertThat(glyphs.supports("👍".codePointAt(0))).isTrue();
		assertThat(glyphs.supports('中')).isFalse();
		String unpaired = String.valueOf((char) 0xD800);
		assertThat(glyphs.replaceUnsupported("a中b" + (char) 0x2028 + "c" + unpaired + "d").codePoints().toArray())
			.isEqualTo("a\uFFFDb cd".codePoints().toArray());
		String plain = "plain text";
		assertThat(glyphs.replaceUnsupported(plain)).isSameAs(plain);
		assertThat(Xml.clean("a\u0000b\u000Bc\td")).isEqualTo("abc\td");
	}

}
