import { withLazySeries, type ProfileEntry } from '$lib/dataset/profile';

/**
 * One member's profile lines as IndexedDB keeps them: every entry's sparkline points in three
 * typed arrays instead of an object per point. A 1,500-indicator upload has some 50,000 points
 * per member; as objects, reading them back cost the profile page about 50 ms of structured-clone
 * decoding plus as much garbage collection, as typed arrays it is a copy.
 */
export interface PackedProfile {
	packed: 1;
	entries: Omit<ProfileEntry, 'series'>[];
	/** Entry k's points are positions offsets[k] to offsets[k + 1] of `years` and `values` */
	offsets: Uint32Array;
	years: Int16Array;
	values: Float64Array;
}

export function packProfile(entries: readonly ProfileEntry[]): PackedProfile {
	const points = entries.reduce((n, e) => n + e.series.length, 0);
	const offsets = new Uint32Array(entries.length + 1);
	const years = new Int16Array(points);
	const values = new Float64Array(points);
	let at = 0;
	const heads = entries.map(({ series, ...head }, k) => {
		offsets[k] = at;
		for (const point of series) {
			years[at] = point.year;
			values[at] = point.value;
			at++;
		}
		return head;
	});
	offsets[entries.length] = at;
	return { packed: 1, entries: heads, offsets, years, values };
}

/**
 * Parts packed one after another as one member's lines, in the parts' order: an import packs the
 * lines of each batch of indicators as the batch is asked, so that no batch's points wait as
 * objects for the next.
 */
export function joinPacked(parts: readonly PackedProfile[]): PackedProfile {
	if (parts.length === 1) return parts[0];
	const entries = parts.flatMap((p) => p.entries);
	const points = parts.reduce((n, p) => n + p.years.length, 0);
	const offsets = new Uint32Array(entries.length + 1);
	const years = new Int16Array(points);
	const values = new Float64Array(points);
	let entry = 0;
	let at = 0;
	for (const part of parts) {
		for (let k = 0; k < part.entries.length; k++) offsets[entry++] = at + part.offsets[k];
		years.set(part.years, at);
		values.set(part.values, at);
		at += part.years.length;
	}
	offsets[entries.length] = at;
	return { packed: 1, entries, offsets, years, values };
}

/** Lines stored packed, or as plain entries by the first version of this store. */
export function unpackProfile(stored: PackedProfile | ProfileEntry[] | undefined): ProfileEntry[] {
	if (!stored) return [];
	if (Array.isArray(stored)) return stored;
	const { entries, offsets, years, values } = stored;
	// A page draws the first few sparklines of a thousand: each entry's points become objects
	// when first read, not all of them as the page reads storage.
	return entries.map((head, k) =>
		withLazySeries({ ...head }, () => {
			const series: ProfileEntry['series'] = [];
			for (let i = offsets[k]; i < offsets[k + 1]; i++)
				series.push({ year: years[i], value: values[i] });
			return series;
		})
	);
}
