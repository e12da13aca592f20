package uk.gov.london.planreview.text;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.tartarus.snowball.ext.EnglishStemmer;

/**
 * Words of plain English text reduced to comparable stems: lower case, accents and
 * apostrophes gone, common words dropped, each word stemmed (Snowball English), so
 * "mediating young people's disputes" and "mediation between young persons in dispute"
 * share {@code mediat}, {@code young}, {@code disput}.
 */
public final class Words {

	private static final Set<String> STOP = Set.of("a", "an", "the", "and", "or", "of", "to", "in", "on", "for", "with",
			"by", "at", "from", "as", "is", "are", "be", "been", "will", "we", "our", "us", "this", "that", "these",
			"those", "it", "its", "into", "all", "any", "each", "their", "they", "them", "which", "who", "where",
			"when", "how", "what", "can", "has", "have", "had", "was", "were", "not", "so", "such", "than", "also",
			"via", "per", "e", "g", "eg", "ie", "etc", "including", "across", "through", "within", "other", "more",
			"new", "use", "using", "ensure", "continue", "local", "borough", "partner", "partners", "partnership");

	private Words() {
	}

	/** The stems of the text's content words, in order, repeats kept. */
	public static List<String> stems(String text) {
		List<String> stems = new ArrayList<>();
		if (text == null || text.isBlank()) {
			return stems;
		}
		EnglishStemmer stemmer = new EnglishStemmer();
		for (String word : words(text)) {
			if (STOP.contains(word)) {
				continue;
			}
			stemmer.setCurrent(word);
			stemmer.stem();
			stems.add(stemmer.getCurrent());
		}
		return stems;
	}

	/** The distinct stems of the text's content words. */
	public static Set<String> stemSet(String text) {
		return new LinkedHashSet<>(stems(text));
	}

	/** Lower-case words, apostrophes and accents removed ("children's" → "childrens"). */
	public static List<String> words(String text) {
		String plain = Normalizer.normalize(text, Normalizer.Form.NFKD)
			.replaceAll("\\p{M}", "")
			.toLowerCase(Locale.ROOT)
			.replaceAll("['’`]", "")
			.replace('&', ' ');
		List<String> words = new ArrayList<>();
		for (String word : plain.split("[^\\p{L}\\p{N}]+")) {
			if (!word.isEmpty()) {
				words.add(word);
			}
		}
		return words;
	}

	/** Dice similarity of two stem sets: 1 when equal, 0 when disjoint. */
	public static double dice(Set<String> a, Set<String> b) {
		if (a.isEmpty() || b.isEmpty()) {
			return 0;
		}
		int common = 0;
		for (String stem : a) {
			if (b.contains(stem)) {
				common++;
			}
		}
		return 2.0 * common / (a.size() + b.size());
	}

}
