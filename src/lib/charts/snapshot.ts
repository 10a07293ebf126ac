/**
 * Normalises a server-rendered chart for a snapshot a person can read (the Observable Plot
 * way): numbers rounded to one decimal, generated ids made stable, Svelte's hydration comments
 * dropped, one element per line.
 */
export function normaliseSvg(html: string): string {
	const ids = new Map<string, string>();
	const stableId = (id: string) => {
		if (!ids.has(id)) ids.set(id, `id-${ids.size + 1}`);
		return ids.get(id)!;
	};
	return (
		html
			.replace(/<!--[^>]*-->/g, '')
			// Country outlines would fill pages: a long path is summarised by its number of commands.
			.replace(
				/\sd="([^"]{160,})"/g,
				(_, d: string) => ` d="[${d.match(/[MLZ]/gi)?.length ?? 0} commands]"`
			)
			.replace(/\bsvelte-[a-z0-9]+\b/g, 'svelte')
			.replace(/(id="|url\(#|href="#)([^")]+)/g, (_, p, id) => `${p}${stableId(id)}`)
			.replace(/-?\d+\.\d+(e-?\d+)?/g, (n) => {
				const r = Math.round(Number(n) * 10) / 10;
				return String(Object.is(r, -0) ? 0 : r);
			})
			.replace(/></g, '>\n<')
			.split('\n')
			.map((line) => line.trim())
			.filter(Boolean)
			.join('\n') + '\n'
	);
}
