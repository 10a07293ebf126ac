import type { Localized } from '$lib/i18n/locale';
import type { Indicator, Observation } from './types';

/**
 * Catalogue fields written by the data pipeline (data/methodology.md) that say where a figure
 * comes from: the database release, method breaks, the survey behind each country's figure, the
 * method, and the other half of a with/without-disability comparison. All optional, so uploaded
 * indicators and older catalogues read the same.
 */
export interface Provenance {
	source: Indicator['source'] & { vintage?: string | null };
	breaks?: { iso3: string; year: number; note: Localized }[];
	surveys?: Record<string, { code: string; year: number; name: Localized }> | null;
	pair?: { with: string; without: string; outcome: Localized } | null;
	method?: Localized | null;
	tags?: string[];
}

export type IndicatorWithProvenance = Indicator & Provenance;

export const withProvenance = (indicator: Indicator) => indicator as IndicatorWithProvenance;

/** The four kinds of disability evidence the data-gaps page reports per member. */
export const EVIDENCE_KINDS = ['prevalence', 'benefit', 'labour', 'education'] as const;
export type EvidenceKind = (typeof EVIDENCE_KINDS)[number];

/** Which kind of evidence an indicator is, from its tags; comparable prevalence only. */
export function evidenceKind(indicator: IndicatorWithProvenance): EvidenceKind | null {
	const tags = indicator.tags ?? [];
	if (tags.includes('prevalence')) return indicator.comparable === false ? null : 'prevalence';
	if (tags.includes('social-protection')) return 'benefit';
	if (tags.includes('labour')) return 'labour';
	if (tags.includes('education')) return 'education';
	return null;
}

export interface EvidenceCell {
	iso3: string;
	/** Indicators of this kind with at least one figure for the member */
	indicators: string[];
	latestYear: number | null;
}

/** Per kind and member: which indicators have figures and the most recent year among them. */
export function evidenceByMember(
	catalog: readonly IndicatorWithProvenance[],
	observations: readonly Observation[],
	members: readonly string[]
): Record<EvidenceKind, EvidenceCell[]> {
	const kindOf = new Map(
		catalog.flatMap((i) => {
			const kind = i.group === 'disability' ? evidenceKind(i) : null;
			return kind ? [[i.id, kind] as const] : [];
		})
	);
	const cells = new Map<string, EvidenceCell>();
	const key = (kind: EvidenceKind, iso3: string) => `${kind}|${iso3}`;
	for (const kind of EVIDENCE_KINDS)
		for (const iso3 of members)
			cells.set(key(kind, iso3), { iso3, indicators: [], latestYear: null });
	for (const o of observations) {
		const kind = kindOf.get(o.indicator_id);
		const cell = kind && cells.get(key(kind, o.iso3));
		if (!cell) continue;
		if (!cell.indicators.includes(o.indicator_id)) cell.indicators.push(o.indicator_id);
		cell.latestYear = Math.max(cell.latestYear ?? o.year, o.year);
	}
	return Object.fromEntries(
		EVIDENCE_KINDS.map((kind) => [kind, members.map((iso3) => cells.get(key(kind, iso3))!)])
	) as Record<EvidenceKind, EvidenceCell[]>;
}
