package uk.gov.london.planreview.goodpractice;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.tartarus.snowball.ext.EnglishStemmer;

/**
 * Text as the classifier sees it: content words in order, each stemmed (Snowball English)
 * and kept with the word as written and the sentence it is in. Phrasings and word groups
 * go through the same steps, so a phrasing matches whatever the text's inflection
 * ("co-located analysts" and "co-locate the analyst").
 */
final class TokenisedText {

	/**
	 * A word: "A&amp;E" whole, a "co-" compound whole ("co-located", "co-op"), or letters
	 * and digits with any apostrophe inside ("children's").
	 */
	private static final Pattern WORD = Pattern
		.compile("(?i)\\bA\\s?&\\s?E\\b|\\bco-[\\p{L}]+|[\\p{L}\\p{N}]+(?:['’][\\p{L}]+)*");

	/** Sentence ends: a phrasing's words must be found within one sentence. */
	private static final Pattern SENTENCE_END = Pattern.compile("[!?;\\n\\r•·]|\\.(?=\\s)");

	/**
	 * Only function words: words such as "partnership" or "local" carry meaning in some
	 * phrasings.
	 */
	private static final Set<String> STOP = Set.of("a", "an", "the", "and", "or", "of", "to", "in", "on", "for", "with",
			"by", "at", "from", "as", "is", "are", "be", "been", "being", "will", "would", "shall", "should", "we",
			"our", "us", "this", "that", "these", "those", "it", "its", "into", "their", "they", "them", "which", "who",
			"whom", "where", "when", "how", "what", "can", "could", "may", "has", "have", "had", "was", "were", "so",
			"such", "than", "also", "via", "per", "eg", "ie", "etc", "do", "does", "each", "all", "any", "both", "his",
			"her", "there", "then", "about", "s");

	/** One content word. */
	record Token(String stem, String surface, int sentence) {
	}

	private final List<Token> tokens;

	/** Stem → its positions, so a phrase is only tried where its first word is. */
	private final Map<String, List<Integer>> positions = new HashMap<>();

	private TokenisedText(List<Token> tokens) {
		this.tokens = tokens;
		for (int i = 0; i < tokens.size(); i++) {
			this.positions.computeIfAbsent(tokens.get(i).stem(), k -> new ArrayList<>()).add(i);
		}
	}

	static TokenisedText of(String text) {
		List<Token> tokens = new ArrayList<>();
		if (text == null || text.isBlank()) {
			return new TokenisedText(tokens);
		}
		EnglishStemmer stemmer = new EnglishStemmer();
		Matcher words = WORD.matcher(text);
		Matcher ends = SENTENCE_END.matcher(text).useTransparentBounds(true);
		int sentence = 0;
		int previousEnd = 0;
		while (words.find()) {
			if (ends.region(previousEnd, words.start()).find()) {
				sentence++;
			}
			previousEnd = words.end();
			String surface = words.group();
			String plain = plain(surface);
			if (plain.isEmpty() || STOP.contains(plain)) {
				continue;
			}
			stemmer.setCurrent(plain);
			stemmer.stem();
			tokens.add(new Token(stemmer.getCurrent(), surface, sentence));
		}
		return new TokenisedText(tokens);
	}

	/** The stems of a phrase, for a phrasing or a word group member. */
	static List<String> stems(String phrase) {
		return of(phrase).tokens.stream().map(Token::stem).toList();
	}

	int size() {
		return this.tokens.size();
	}

	Token get(int index) {
		return this.tokens.get(index);
	}

	/** Where the stem occurs, in order. */
	List<Integer> positions(String stem) {
		return this.positions.getOrDefault(stem, List.of());
	}

	/** Lower case, accents, apostrophes, hyphens and the ampersand of "A&amp;E" gone. */
	private static String plain(String word) {
		return Normalizer.normalize(word, Normalizer.Form.NFKD)
			.replaceAll("\\p{M}", "")
			.toLowerCase(Locale.ROOT)
			.replaceAll("[^\\p{L}\\p{N}]", "");
	}

}
