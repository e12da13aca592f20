package uk.gov.london.planreview.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TTFSubsetter;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

import org.springframework.stereotype.Component;

import uk.gov.london.planreview.archive.AtomicFiles;

/**
 * How the HTML files look on a screen: the bundled fonts, declared with
 * {@code @font-face} and carried inside the stylesheet itself (as data: URLs), so a page
 * opened from a shared drive with no network shows them and fetches nothing; then
 * templates/screen.css, which a reviewer may edit.
 *
 * <p>
 * The fonts are cut down to the characters of Western European text and the symbols the
 * documents use (about 70 KB a face instead of 500): a browser draws any other character
 * with a font of its own.
 */
@Component
public class ScreenStyles {

	/** The stylesheet's name beside the HTML files that link to it. */
	public static final String FILE = "screen.css";

	/** What the text faces keep: Latin, punctuation, currency, arrows, the minus sign. */
	private static final int[][] TEXT_RANGES = { { 0x20, 0x7E }, { 0xA0, 0x17F }, { 0x192, 0x192 }, { 0x218, 0x21B },
			{ 0x2C6, 0x2DD }, { 0x2010, 0x203A }, { 0x2044, 0x2044 }, { 0x20A0, 0x20BF }, { 0x2122, 0x2122 },
			{ 0x2190, 0x2195 }, { 0x2212, 0x2212 }, { 0xFFFD, 0xFFFD } };

	/** What the symbol font keeps: geometric shapes, check marks and crosses. */
	private static final int[][] SYMBOL_RANGES = { { 0x25A0, 0x25FF }, { 0x2713, 0x2718 } };

	private final TemplateEngine templates;

	private String fontFaces;

	ScreenStyles(TemplateEngine templates) {
		this.templates = templates;
	}

	/** The {@code @font-face} rules, fonts and all. */
	public synchronized String fontFaces() {
		if (this.fontFaces == null) {
			this.fontFaces = declareFonts();
		}
		return this.fontFaces;
	}

	/** The whole screen stylesheet: the fonts, then templates/screen.css. */
	public String stylesheet() {
		return fontFaces() + this.templates.text(FILE);
	}

	/**
	 * Writes the stylesheet beside an HTML file that links to it, unless it is there
	 * already: the documents of a folder share one.
	 */
	public void writeBeside(Path html) throws IOException {
		Path css = html.resolveSibling(FILE);
		if (!Files.exists(css)) {
			// Documents rendered at once may both write it: the same bytes, each whole.
			byte[] bytes = stylesheet().getBytes(StandardCharsets.UTF_8);
			AtomicFiles.write(css, out -> out.write(bytes));
		}
	}

	private static String declareFonts() {
		StringBuilder css = new StringBuilder("/* The bundled Noto fonts (SIL Open Font License). */\n");
		for (BundledFont font : BundledFont.ALL) {
			int[][] ranges = font.symbols() ? SYMBOL_RANGES : TEXT_RANGES;
			css.append("@font-face { font-family: '")
				.append(font.family())
				.append("'; font-weight: ")
				.append(font.weight())
				.append("; font-style: ")
				.append(font.italic() ? "italic" : "normal")
				.append("; font-display: swap; unicode-range: ")
				.append(unicodeRange(ranges))
				.append("; src: url(data:font/ttf;base64,")
				.append(Base64.getEncoder().encodeToString(subset(font.read(), ranges)))
				.append(") format('truetype'); }\n");
		}
		return css.toString();
	}

	/** The font with only the glyphs of these characters, without its hinting tables. */
	static byte[] subset(byte[] font, int[][] ranges) {
		try (TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(font))) {
			TTFSubsetter subsetter = new TTFSubsetter(ttf,
					List.of("head", "hhea", "maxp", "hmtx", "loca", "glyf", "cmap", "post", "name", "OS/2"));
			Set<Integer> characters = new TreeSet<>();
			for (int[] range : ranges) {
				for (int c = range[0]; c <= range[1]; c++) {
					characters.add(c);
				}
			}
			subsetter.addAll(characters);
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			subsetter.writeToStream(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String unicodeRange(int[][] ranges) {
		StringBuilder text = new StringBuilder();
		for (int[] range : ranges) {
			text.append(text.isEmpty() ? "" : ", ").append(String.format(Locale.ROOT, "U+%X", range[0]));
			if (range[1] != range[0]) {
				text.append(String.format(Locale.ROOT, "-%X", range[1]));
			}
		}
		return text.toString();
	}

}
