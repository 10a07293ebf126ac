/**
 * The page's path inside the site, without base path or language prefix, rebuilt from its route.
 * With `paths.relative` the `base` seen while prerendering is relative (`..`), so it cannot be cut
 * off the URL's pathname; the route id never contains it.
 */
export function sitePath(routeId: string | null, params: Partial<Record<string, string>>): string {
	if (!routeId) return '/';
	const parts: string[] = [];
	for (const segment of routeId.split('/').filter(Boolean)) {
		if (segment.startsWith('(')) continue; // layout groups are not in the URL
		const dynamic = /^\[{1,2}(?:\.\.\.)?([^=\]]+)(?:=[^\]]+)?\]{1,2}$/.exec(segment);
		if (!dynamic) parts.push(segment);
		else if (dynamic[1] !== 'lang' && params[dynamic[1]]) parts.push(params[dynamic[1]]!);
	}
	return parts.length ? `/${parts.join('/')}/` : '/';
}
