/**
 * Saves a blob under `filename` through a temporary `<a download>`. The object URL is revoked
 * later rather than at once: Firefox and older Safari read it after `click()` returns
 * (FileSaver.js waits 40 s for the same reason).
 */
export function downloadBlob(blob: Blob, filename: string): void {
	const url = URL.createObjectURL(blob);
	const link = document.createElement('a');
	link.href = url;
	link.download = filename;
	link.rel = 'noopener';
	link.style.display = 'none';
	document.body.append(link);
	link.click();
	link.remove();
	setTimeout(() => URL.revokeObjectURL(url), 40_000);
}

const MAX_SLUG_LENGTH = 80;

/**
 * A file name stem from a chart title: lower case, letters and digits of any script (Thai
 * vowel and tone marks included) joined by hyphens. Falls back to `fallback` (an indicator id)
 * when nothing usable is left, and to "chart" when that is empty too.
 */
export function slugify(title: string, fallback = 'chart'): string {
	const slug = toSlug(title);
	if (slug) return slug;
	return toSlug(fallback) || 'chart';
}

function toSlug(text: string): string {
	const words = text
		.normalize('NFC')
		.toLowerCase()
		.split(/[^\p{L}\p{M}\p{N}]+/u)
		.filter((word) => /[\p{L}\p{N}]/u.test(word));
	let slug = '';
	for (const word of words) {
		const next = slug ? `${slug}-${word}` : word;
		if ([...next].length > MAX_SLUG_LENGTH) break;
		slug = next;
	}
	// A single word longer than the limit is cut between graphemes, so no Thai mark is orphaned.
	if (!slug && words.length) {
		const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(words[0]);
		slug = [...graphemes]
			.map((g) => g.segment)
			.slice(0, MAX_SLUG_LENGTH)
			.join('');
	}
	return slug;
}
