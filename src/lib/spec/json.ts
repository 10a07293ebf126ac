import { ISO3_CODES, type Iso3 } from '$lib/countries/members';
import { SEXES, type Sex } from '$lib/dataset/types';
import { defaultSpec } from './defaults';
import { migrate, type StoredSpec } from './migrate';
import { CHART_KINDS, SPEC_VERSION, type ChartKind, type ViewSpec } from './types';

export type SpecReadError =
	| { code: 'not-json'; detail: string }
	| { code: 'not-a-spec'; detail: string }
	| { code: 'newer-version'; version: number }
	| { code: 'bad-field'; field: string; detail: string };

export type SpecRead = { ok: true; spec: ViewSpec } | { ok: false; error: SpecReadError };

/**
 * The stored form: the current version's fields, with empty lists, nulls and defaults left out so
 * a deck of many slides stays small. Reading it back gives the same spec.
 */
export function specToJson(spec: ViewSpec): string {
	const base = defaultSpec({ indicator: spec.indicator, lang: spec.lang });
	const out: Record<string, unknown> = { v: SPEC_VERSION };
	for (const [key, value] of Object.entries(spec)) {
		if (key === 'version') continue;
		const same = JSON.stringify(value) === JSON.stringify(base[key as keyof ViewSpec]);
		if (!same || key === 'chart' || key === 'indicator' || key === 'lang') out[key] = value;
	}
	return JSON.stringify(out);
}

/**
 * Reads a stored spec of any version this site has written: an older one is migrated first, then
 * every field is checked for shape. (Whether the values suit the indicator is checked when it is
 * drawn, by `resolveSpec`, since a deck may name an upload that is not in this browser.)
 */
export function specFromJson(input: string | unknown): SpecRead {
	let raw: unknown = input;
	if (typeof input === 'string') {
		try {
			raw = JSON.parse(input);
		} catch (error) {
			return { ok: false, error: { code: 'not-json', detail: (error as Error).message } };
		}
	}
	if (!raw || typeof raw !== 'object' || Array.isArray(raw)) {
		return { ok: false, error: { code: 'not-a-spec', detail: 'not an object' } };
	}
	const record = raw as StoredSpec;
	const version = typeof record.v === 'number' ? record.v : record.version;
	if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
		return { ok: false, error: { code: 'not-a-spec', detail: 'no schema version' } };
	}
	if (version > SPEC_VERSION) return { ok: false, error: { code: 'newer-version', version } };
	const current = migrate({ ...record, v: version });
	return checkFields(current);
}

function checkFields(raw: StoredSpec): SpecRead {
	const bad = (field: string, detail: string): SpecRead => ({
		ok: false,
		error: { code: 'bad-field', field, detail }
	});
	if (typeof raw.indicator !== 'string' || !raw.indicator) return bad('indicator', 'missing');
	if (raw.lang !== 'en' && raw.lang !== 'th') return bad('lang', String(raw.lang));
	const spec = defaultSpec({ indicator: raw.indicator, lang: raw.lang });
	if (raw.chart !== undefined) {
		if (!(CHART_KINDS as readonly unknown[]).includes(raw.chart))
			return bad('chart', String(raw.chart));
		spec.chart = raw.chart as ChartKind;
	}
	for (const field of ['countries', 'highlight'] as const) {
		const value = raw[field];
		if (value === undefined) continue;
		if (
			!Array.isArray(value) ||
			!value.every((c) => (ISO3_CODES as readonly unknown[]).includes(c))
		) {
			return bad(field, JSON.stringify(value));
		}
		spec[field] = ISO3_CODES.filter((c) => (value as Iso3[]).includes(c));
	}
	if (raw.year !== undefined) {
		if (raw.year !== 'latest' && !Number.isInteger(raw.year)) return bad('year', String(raw.year));
		spec.year = raw.year as ViewSpec['year'];
	}
	if (raw.range !== undefined && raw.range !== null) {
		const r = raw.range;
		if (!Array.isArray(r) || r.length !== 2 || !r.every(Number.isInteger) || r[0] > r[1]) {
			return bad('range', JSON.stringify(r));
		}
		spec.range = [r[0], r[1]];
	}
	if (raw.sex !== undefined) {
		if (raw.sex !== 'compare' && !(SEXES as readonly unknown[]).includes(raw.sex)) {
			return bad('sex', String(raw.sex));
		}
		spec.sex = raw.sex as ViewSpec['sex'];
	}
	if (raw.log !== undefined) {
		if (typeof raw.log !== 'boolean') return bad('log', String(raw.log));
		spec.log = raw.log;
	}
	if (raw.since !== undefined && raw.since !== null) {
		if (!Number.isInteger(raw.since)) return bad('since', String(raw.since));
		spec.since = raw.since as number;
	}
	if (raw.x !== undefined && raw.x !== null) {
		const x = raw.x as { indicator?: unknown; sex?: unknown; log?: unknown };
		const sex = x.sex ?? 'total';
		if (
			typeof x.indicator !== 'string' ||
			!(SEXES as readonly unknown[]).includes(sex) ||
			typeof (x.log ?? false) !== 'boolean'
		) {
			return bad('x', JSON.stringify(raw.x));
		}
		spec.x = { indicator: x.indicator, sex: sex as Sex, log: Boolean(x.log) };
	}
	if (raw.tolerance !== undefined) {
		if (!Number.isInteger(raw.tolerance)) return bad('tolerance', String(raw.tolerance));
		spec.tolerance = raw.tolerance as number;
	}
	if (raw.era !== undefined && raw.era !== null) {
		if (raw.era !== 'be' && raw.era !== 'ce') return bad('era', String(raw.era));
		spec.era = raw.era;
	}
	return { ok: true, spec };
}
