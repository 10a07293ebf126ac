import { describe, expect, it } from 'vitest';
import type { Observation } from './types';
import { evidenceByMember, type IndicatorWithProvenance } from './provenance';

const indicator = (id: string, tags: string[], comparable = true): IndicatorWithProvenance => ({
	id,
	group: 'disability',
	name: { en: id, th: id },
	unit: { en: '%', th: '%' },
	definition: { en: id, th: id },
	decimals: 1,
	direction: 'neutral',
	source: { publisher: 'p', dataset: 'd', series: 's', url: 'u', licence: 'l' },
	comparable,
	tags
});
const obs = (indicator_id: string, iso3: string, year: number): Observation =>
	({ indicator_id, iso3, year, sex: 'total', value: 1, flag: '' }) as Observation;

describe('evidenceByMember', () => {
	it('sorts indicators into the four kinds, counts only comparable prevalence, keeps gaps empty', () => {
		const catalog = [
			indicator('ddi-prevalence', ['prevalence', 'comparable']),
			indicator('national-prevalence', ['prevalence'], false),
			indicator('benefit', ['social-protection']),
			indicator('employment', ['labour']),
			indicator('literacy', ['education'])
		];
		const result = evidenceByMember(
			catalog,
			[
				obs('ddi-prevalence', 'KHM', 2019),
				obs('national-prevalence', 'THA', 2021),
				obs('benefit', 'THA', 2016),
				obs('benefit', 'THA', 2020),
				obs('employment', 'KHM', 2019),
				obs('literacy', 'KHM', 2014)
			],
			['KHM', 'THA']
		);
		expect(result.prevalence).toEqual([
			{ iso3: 'KHM', indicators: ['ddi-prevalence'], latestYear: 2019 },
			{ iso3: 'THA', indicators: [], latestYear: null }
		]);
		expect(result.benefit[1]).toEqual({ iso3: 'THA', indicators: ['benefit'], latestYear: 2020 });
		expect(result.labour[0].indicators).toEqual(['employment']);
		expect(result.education[0].latestYear).toBe(2014);
		expect(result.education[1].latestYear).toBeNull();
	});
});
