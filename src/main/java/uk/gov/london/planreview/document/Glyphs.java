package uk.gov.london.planreview.document;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.BitSet;
import java.util.List;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * The characters the bundled fonts can draw. Text from a workbook may hold any Unicode
 * character; one that no bundled font has would be drawn as the font's "missing glyph"
 * box, which PDF/A forbids. Such characters are replaced, in one place
 * ({@link #replaceUnsupported}), before a PDF is rendered:
 * <ul>
 * <li>characters XML does not allow (control characters, unpaired surrogates) are
 * removed;</li>
 * <li>line and paragraph separators become spaces;</li>
 * <li>a character whose compatibility form the fonts have ("ﬁ", full-width letters)
 * becomes that form;</li>
 * <li>anything else becomes U+FFFD, the replacement character "�", which Noto Sans
 * draws.</li>
 * </ul>
 */
public final class Glyphs {

	/** Drawn in place of a character no bundled font has. */
	public static final char REPLACEMENT = '\uFFFD';

	private final BitSet supported = new BitSet(0x110000);

	/**
	 * @param fonts the TrueType fonts the renderer uses, each as its bytes; a character
	 * is supported when every face of a family has it or the fallback symbol font does,
	 * so take the intersection of the text faces and add the symbol font
	 * @param textFaces how many of the fonts, from the start of the list, are faces of
	 * the text family
	 */
	public Glyphs(List<byte[]> fonts, int textFaces) {
		BitSet text = null;
		for (int i = 0; i < fonts.size(); i++) {
			BitSet cover = coverage(fonts.get(i));
			if (i < textFaces) {
				if (text == null) {
					text = cover;
				}
				else {
					text.and(cover);
				}
			}
			else {
				this.supported.or(cover);
			}
		}
		if (text != null) {
			this.supported.or(text);
		}
		// Whitespace the layout engine handles itself.
		this.supported.set('\t');
		this.supported.set('\n');
		this.supported.set('\r');
	}

	private static BitSet coverage(byte[] font) {
		try (TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(font))) {
			CmapLookup cmap = ttf.getUnicodeCmapLookup();
			BitSet cover = new BitSet(0x110000);
			for (int cp = 0x20; cp < 0x110000; cp++) {
				if (cmap.getGlyphId(cp) > 0) {
					cover.set(cp);
				}
			}
			return cover;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("A bundled font could not be read", ex);
		}
	}

	public boolean supports(int codePoint) {
		return codePoint >= 0 && codePoint < 0x110000 && this.supported.get(codePoint);
	}

	/**
	 * The text with every character the fonts cannot draw replaced, as the class comment
	 * describes.
	 */
	public String replaceUnsupported(String text) {
		StringBuilder out = null;
		int i = 0;
		while (i < text.length()) {
			int cp = text.codePointAt(i);
			int length = Character.charCount(cp);
			boolean unpaired = length == 1 && Character.isSurrogate(text.charAt(i));
			if (!unpaired && supports(cp) && cp != 0x2028 && cp != 0x2029) {
				if (out != null) {
					out.appendCodePoint(cp);
				}
			}
			else {
				if (out == null) {
					out = new StringBuilder(text.length() + 16).append(text, 0, i);
				}
				out.append(substitute(cp));
			}
			i += length;
		}
		return out == null ? text : out.toString();
	}

	private String substitute(int cp) {
		if (!Xml.allowed(cp) || Character.getType(cp) == Character.FORMAT && cp != 0xAD) {
			// Control and invisible formatting characters carry no text.
			return "";
		}
		if (cp == 0x2028 || cp == 0x2029 || Character.isSpaceChar(cp)) {
			return " ";
		}
		String compatible = Normalizer.normalize(new String(Character.toChars(cp)), Normalizer.Form.NFKC);
		if (!compatible.isEmpty() && compatible.codePoints().allMatch(this::supports)) {
			return compatible;
		}
		return String.valueOf(REPLACEMENT);
	}

}
