package uk.gov.london.planreview.goodpractice;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * How alike actions' wordings are, whatever words a council uses: each text is analysed
 * by Lucene's English analyser (stop words out, words stemmed), weighted by how rare each
 * word is across all the texts indexed (tf-idf), and two texts compared by the cosine of
 * their weights: 1 for the same words, 0 for none in common. Unlike a search engine's
 * relevance score, the cosine is on a fixed scale from 0 to 1, so one threshold
 * ({@link GoodPracticeSettings#similarWording()}) means the same in every run.
 *
 * <p>
 * Texts are found through an inverted index (each word → the texts it is in), so
 * comparing one text with all the others costs the texts that share a word with it, not
 * all of them: linear in the size of London's plans.
 */
final class WordingIndex {

	private static final Analyzer ANALYZER = new EnglishAnalyzer();

	/** A query's rarest words, through which texts to compare are always looked for. */
	static final int SEEDS = 2;

	/**
	 * A word in more texts than this (or than {@link #COMMON_SHARE}th of them, whichever
	 * is more) is too common to look texts up by.
	 */
	static final int COMMON_FLOOR = 256;

	static final int COMMON_SHARE = 32;

	private final Map<String, Integer> terms;

	private final int[][] docTerms;

	private final float[][] docWeights;

	private final int[][] postings;

	private final int[] documentFrequency;

	// Scratch space for one comparison at a time: an index is used by one thread.
	private final int[] touched;

	private final int[] seen;

	private int comparison;

	private WordingIndex(Map<String, Integer> terms, List<int[]> docTermCounts, List<int[]> docTermIds) {
		this.terms = terms;
		int n = docTermIds.size();
		this.documentFrequency = new int[terms.size()];
		for (int[] ids : docTermIds) {
			for (int id : ids) {
				this.documentFrequency[id]++;
			}
		}
		this.docTerms = new int[n][];
		this.docWeights = new float[n][];
		int[] fill = new int[terms.size()];
		this.postings = new int[terms.size()][];
		for (int t = 0; t < terms.size(); t++) {
			this.postings[t] = new int[this.documentFrequency[t]];
		}
		for (int d = 0; d < n; d++) {
			int[] ids = docTermIds.get(d);
			this.docTerms[d] = ids;
			this.docWeights[d] = normalised(ids, docTermCounts.get(d));
			for (int id : ids) {
				this.postings[id][fill[id]++] = d;
			}
		}
		this.touched = new int[n];
		this.seen = new int[n];
	}

	/** Indexes the texts; a text's position in the list is its number. */
	static WordingIndex of(List<String> texts) {
		Map<String, Integer> terms = new HashMap<>();
		List<int[]> counts = new ArrayList<>();
		List<int[]> ids = new ArrayList<>();
		for (String text : texts) {
			Map<String, Integer> tf = termCounts(text);
			int[] termIds = new int[tf.size()];
			int[] termCounts = new int[tf.size()];
			int i = 0;
			for (Map.Entry<String, Integer> e : tf.entrySet()) {
				termIds[i] = terms.computeIfAbsent(e.getKey(), k -> terms.size());
				termCounts[i] = e.getValue();
				i++;
			}
			ids.add(termIds);
			counts.add(termCounts);
		}
		return new WordingIndex(terms, counts, ids);
	}

	int size() {
		return this.docTerms.length;
	}

	/**
	 * A text indexed, as a text to compare: its own words, weighted as the index weighs
	 * them.
	 */
	Query query(int document) {
		return new Query(this.docTerms[document], this.docWeights[document]);
	}

	/**
	 * Any text, weighted as the index weighs its words; words the index lacks count as
	 * rare.
	 */
	Query query(String text) {
		Map<String, Integer> tf = termCounts(text);
		List<Integer> known = new ArrayList<>();
		List<Float> weights = new ArrayList<>();
		double norm = 0;
		for (Map.Entry<String, Integer> e : tf.entrySet()) {
			Integer id = this.terms.get(e.getKey());
			double w = weight(e.getValue(), id == null ? 0 : this.documentFrequency[id]);
			norm += w * w;
			if (id != null) {
				known.add(id);
				weights.add((float) w);
			}
		}
		double length = Math.sqrt(norm);
		int[] ids = known.stream().mapToInt(Integer::intValue).toArray();
		float[] w = new float[weights.size()];
		for (int i = 0; i < w.length; i++) {
			w[i] = length == 0 ? 0 : (float) (weights.get(i) / length);
		}
		return new Query(ids, w);
	}

	/**
	 * The texts at least this alike to the query (cosine), the most alike first. The
	 * texts compared are those that share one of the query's rarer words — every word
	 * found in few texts, and at least its {@link #SEEDS} rarest — so that a query costs
	 * the texts those words are in, not the whole index, however large; a text sharing
	 * only the commonest words with the query would be too unlike it to count. Each is
	 * then compared word for word.
	 */
	List<Hit> similar(Query query, double threshold) {
		int[] terms = query.terms();
		Integer[] byRarity = new Integer[terms.length];
		for (int i = 0; i < terms.length; i++) {
			byRarity[i] = i;
		}
		Arrays.sort(byRarity,
				(a, b) -> Integer.compare(this.documentFrequency[terms[a]], this.documentFrequency[terms[b]]));
		int common = Math.max(COMMON_FLOOR, size() / COMMON_SHARE);
		int count = 0;
		this.comparison++;
		for (int k = 0; k < byRarity.length; k++) {
			int term = terms[byRarity[k]];
			if (k >= SEEDS && this.documentFrequency[term] > common) {
				break;
			}
			for (int d : this.postings[term]) {
				if (this.seen[d] != this.comparison) {
					this.seen[d] = this.comparison;
					this.touched[count++] = d;
				}
			}
		}
		List<Hit> hits = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			int d = this.touched[i];
			double cosine = 0;
			for (int q = 0; q < terms.length; q++) {
				cosine += query.weights()[q] * weightOf(d, terms[q]);
			}
			if (cosine >= threshold - 1e-6) {
				hits.add(new Hit(d, Math.min(1.0, cosine)));
			}
		}
		hits.sort((a, b) -> a.similarity() != b.similarity() ? Double.compare(b.similarity(), a.similarity())
				: Integer.compare(a.document(), b.document()));
		return hits;
	}

	private float weightOf(int document, int term) {
		int[] ids = this.docTerms[document];
		for (int i = 0; i < ids.length; i++) {
			if (ids[i] == term) {
				return this.docWeights[document][i];
			}
		}
		return 0;
	}

	private float[] normalised(int[] ids, int[] counts) {
		float[] weights = new float[ids.length];
		double norm = 0;
		for (int i = 0; i < ids.length; i++) {
			double w = weight(counts[i], this.documentFrequency[ids[i]]);
			weights[i] = (float) w;
			norm += w * w;
		}
		double length = Math.sqrt(norm);
		for (int i = 0; i < weights.length; i++) {
			weights[i] = length == 0 ? 0 : (float) (weights[i] / length);
		}
		return weights;
	}

	/**
	 * A word's weight in a text: how often it is there (dampened) times how rare it is.
	 */
	private double weight(int count, int df) {
		double idf = Math.log((size() + 1.0) / (df + 1.0)) + 1;
		return (1 + Math.log(count)) * idf;
	}

	/** The text's stems (Lucene's English analyser) and how often each occurs. */
	static Map<String, Integer> termCounts(String text) {
		Map<String, Integer> counts = new LinkedHashMap<>();
		if (text == null || text.isBlank()) {
			return counts;
		}
		try (TokenStream stream = ANALYZER.tokenStream("text", text)) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			stream.reset();
			while (stream.incrementToken()) {
				counts.merge(term.toString(), 1, Integer::sum);
			}
			stream.end();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return counts;
	}

	/**
	 * A text to compare: its words' numbers in the index and their weights (of unit
	 * length).
	 */
	record Query(int[] terms, float[] weights) {

		Query {
			terms = Arrays.copyOf(terms, terms.length);
			weights = Arrays.copyOf(weights, weights.length);
		}

	}

	/** A text found and how alike it is (0–1). */
	record Hit(int document, double similarity) {
	}

}
