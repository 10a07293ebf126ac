/**
 * How a member is drawn when a view highlights some countries: 'on' emphasised (bold label,
 * thicker outline), 'off' dimmed but still labelled, undefined when nothing is highlighted. The
 * cue is weight and outline as well as lightness, so it does not rest on colour alone.
 */
export type Emphasis = 'on' | 'off' | undefined;

export function emphasis(highlight: readonly string[] | undefined, iso3: string): Emphasis {
	if (!highlight?.length) return undefined;
	return highlight.includes(iso3) ? 'on' : 'off';
}

/** Opacity of a dimmed mark: light enough to recede, dark enough that its label stays readable. */
export const DIMMED = 0.35;
