/**
 * A pure function of a cell's text, remembered for the texts seen first: a file repeats the same
 * few country names, years and sexes on every row, and matching them again on each of a million
 * rows was a third of the check (issue 9). Bounded, so a column of unique texts costs no memory.
 */
export function memoByText<T>(read: (text: string) => T, max = 4096): (text: string) => T {
	const seen = new Map<string, T>();
	return (text) => {
		const known = seen.get(text);
		if (known !== undefined || seen.has(text)) return known as T;
		const value = read(text);
		if (seen.size < max) seen.set(text, value);
		return value;
	};
}
