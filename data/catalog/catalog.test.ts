import { describe, expect, it } from 'vitest';
import { extractFiles } from '../extract';
import { FLAGS } from '../flags';
import { CATALOG } from './index';
import type { Group } from './types';

const THAI = /[\u0E00-\u0E7F]/;
const MINIMUM: Record<Group, number> = {
	women: 12,
	children: 12,
	'older-persons': 12,
	disability: 24,
	context: 6
};

describe('CATALOG', () => {
	it('has unique kebab-case ids', () => {
		const ids = CATALOG.map((spec) => spec.id);
		expect(new Set(ids).size).toBe(ids.length);
		for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
	});

	it('meets the per-group minimums', () => {
		for (const [group, minimum] of Object.entries(MINIMUM)) {
			expect(CATALOG.filter((spec) => spec.group === group).length, group).toBeGreaterThanOrEqual(
				minimum
			);
		}
	});

	it('gives every name, unit, definition and caveat in English and Thai script', () => {
		for (const spec of CATALOG) {
			for (const text of [
				spec.name,
				spec.unit,
				spec.definition,
				...(spec.caveat ? [spec.caveat] : []),
				...(spec.method ? [spec.method] : []),
				...(spec.breaks ?? []).map((b) => b.note),
				...(spec.pair ? [spec.pair.outcome] : [])
			]) {
				expect(text.en.trim(), spec.id).not.toBe('');
				expect(text.th, spec.id).toMatch(THAI);
			}
		}
	});

	it('names a full source for every indicator and a whole number of decimals', () => {
		for (const spec of CATALOG) {
			const { publisher, dataset, series, url, licence } = spec.source;
			for (const field of [publisher, dataset, url, licence]) expect(field, spec.id).not.toBe('');
			expect([series].flat().length, spec.id).toBeGreaterThan(0);
			expect(Number.isInteger(spec.decimals) && spec.decimals >= 0, spec.id).toBe(true);
			expect(extractFiles(spec.extract).length, spec.id).toBeGreaterThan(0);
		}
	});

	it('includes the indicators the dashboard promises', () => {
		const ids = new Set(CATALOG.map((spec) => spec.id));
		for (const id of [
			'gender-inequality-index',
			'gender-development-index',
			'women-in-parliament',
			'labour-force-participation',
			'maternal-mortality-ratio',
			'adolescent-birth-rate',
			'child-marriage-before-18',
			'under-five-mortality',
			'neonatal-mortality',
			'measles-immunisation',
			'stunting',
			'birth-registration',
			'population-aged-0-14-share',
			'child-benefit-coverage',
			'population-aged-65-plus-share',
			'population-aged-65-plus',
			'population-aged-60-plus-share',
			'labour-force-participation-65-plus',
			'pension-coverage',
			'life-expectancy',
			'out-of-pocket-health-spending',
			'disability-benefit-coverage',
			'unemployment-rate-with-disability',
			'unemployment-rate-without-disability',
			'schools-adapted-for-disabilities-primary',
			'population',
			'gdp-per-capita-ppp',
			'extreme-poverty-rate',
			'urban-population',
			'human-development-index',
			'social-protection-coverage'
		]) {
			expect(ids.has(id), id).toBe(true);
		}
	});

	it('only uses defined flags', () => {
		for (const spec of CATALOG) {
			if (spec.extract.flag) expect(FLAGS[spec.extract.flag], spec.id).toBeDefined();
		}
	});

	it('marks disability prevalence figures as not comparable across countries', () => {
		const prevalence = CATALOG.filter((spec) => spec.id.startsWith('disability-prevalence'));
		expect(prevalence.length).toBeGreaterThan(0);
		for (const spec of prevalence) {
			expect(spec.comparable).toBe(false);
			expect(spec.caveat).toBeDefined();
		}
	});

	it('links every with/without-disability pair both ways, same outcome and unit family', () => {
		const byId = new Map(CATALOG.map((spec) => [spec.id, spec]));
		const paired = CATALOG.filter((spec) => spec.pair);
		expect(paired.length).toBeGreaterThanOrEqual(20);
		for (const spec of paired) {
			const other = byId.get(spec.pair!.with === spec.id ? spec.pair!.without : spec.pair!.with);
			expect(other, spec.id).toBeDefined();
			expect(other!.pair, spec.id).toEqual(spec.pair);
			expect(other!.direction, spec.id).toBe(spec.direction);
			expect(other!.group, spec.id).toBe('disability');
		}
	});

	it('gives comparable disability figures their method and keeps national ones apart', () => {
		const ddi = CATALOG.filter((spec) => spec.extract.from === 'ddi');
		for (const spec of ddi) {
			expect(spec.method?.en, spec.id).toContain('Washington Group');
			expect(spec.comparable ?? true, spec.id).toBe(true);
		}
		const prevalence = ddi.filter((spec) => spec.tags?.includes('prevalence'));
		expect(prevalence.length).toBeGreaterThanOrEqual(10);
	});

	it('marks trafficking counts neutral, with the UNODC detection caveat, for women and children', () => {
		const trafficking = CATALOG.filter((spec) => spec.tags?.includes('trafficking'));
		expect(new Set(trafficking.map((spec) => spec.group))).toEqual(new Set(['women', 'children']));
		expect(trafficking.length).toBe(4);
		for (const spec of trafficking) {
			expect(spec.direction, spec.id).toBe('neutral');
			expect(spec.caveat?.en, spec.id).toMatch(/higher number does not mean a worse situation/);
		}
	});
});
