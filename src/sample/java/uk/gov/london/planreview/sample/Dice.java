package uk.gov.london.planreview.sample;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * A seeded source of choices. {@link Random}'s algorithm is fixed by its specification,
 * so the same key gives the same choices on every JVM; each plan has its own, so adding
 * plans never changes another.
 */
final class Dice {

	private final Random random;

	Dice(String key, String purpose) {
		this.random = new Random(seed(key + "/" + purpose));
	}

	boolean chance(double probability) {
		return this.random.nextDouble() < probability;
	}

	/** A whole number from {@code low} to {@code high} inclusive. */
	int between(int low, int high) {
		return low + this.random.nextInt(high - low + 1);
	}

	<T> T pick(List<T> items) {
		return items.get(this.random.nextInt(items.size()));
	}

	@SafeVarargs
	final <T> T pick(T... items) {
		return items[this.random.nextInt(items.length)];
	}

	/** Up to {@code count} distinct items, in random order. */
	<T> List<T> sample(List<T> items, int count) {
		List<T> copy = shuffled(items);
		return new ArrayList<>(copy.subList(0, Math.min(count, copy.size())));
	}

	<T> List<T> shuffled(List<T> items) {
		List<T> copy = new ArrayList<>(items);
		Collections.shuffle(copy, this.random);
		return copy;
	}

	@SafeVarargs
	final <T> List<T> shuffled(T... items) {
		return shuffled(Arrays.asList(items));
	}

	private static long seed(String key) {
		// FNV-1a over the characters: stable, unlike Object.hashCode of anything but
		// String
		long hash = 0xcbf29ce484222325L;
		for (int i = 0; i < key.length(); i++) {
			hash ^= key.charAt(i);
			hash *= 0x100000001b3L;
		}
		return hash;
	}

}
