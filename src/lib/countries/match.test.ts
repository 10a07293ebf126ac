import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { MEMBERS } from './members';
import { classifyUnmatched, matchCountry, normaliseLabel } from './match';

const labelsOf = (m: (typeof MEMBERS)[number]) => [
	m.iso3,
	m.iso2,
	m.m49,
	m.name.en,
	m.name.th,
	...m.aliases
];

function randomCase(text: string, flips: boolean[]): string {
	return [...text]
		.map((ch, i) => (flips[i % flips.length] ? ch.toUpperCase() : ch.toLowerCase()))
		.join('');
}

describe('matchCountry', () => {
	it('resolves codes and says how', () => {
		expect(matchCountry('THA')).toEqual({ iso3: 'THA', via: 'iso3' });
		expect(matchCountry('th')).toEqual({ iso3: 'THA', via: 'iso2' });
		expect(matchCountry('96')).toEqual({ iso3: 'BRN', via: 'm49' });
		expect(matchCountry('096')).toEqual({ iso3: 'BRN', via: 'm49' });
		expect(matchCountry('TMP')).toEqual({ iso3: 'TLS', via: 'legacy' });
		expect(matchCountry('Viet Nam')).toEqual({ iso3: 'VNM', via: 'name' });
		expect(matchCountry('ไทย')).toEqual({ iso3: 'THA', via: 'name' });
		expect(matchCountry('Laos')).toEqual({ iso3: 'LAO', via: 'alias' });
	});

	it('normalises spacing, case, apostrophes, accents and footnotes', () => {
		expect(matchCountry(' Afghanistan')).toBeNull();
		expect(matchCountry('\u00a0 Viet\u00a0 Nam ')?.iso3).toBe('VNM');
		expect(matchCountry(' viet nam')?.iso3).toBe('VNM');
		expect(matchCountry('Lao People’s Democratic Republic')?.iso3).toBe('LAO');
		expect(matchCountry("Lao People's Democratic Republic")?.iso3).toBe('LAO');
		expect(matchCountry('Việt Nam')?.iso3).toBe('VNM');
		expect(matchCountry('Timor – Leste')?.iso3).toBe('TLS');
		expect(matchCountry('Viet Nam*')?.iso3).toBe('VNM');
		expect(matchCountry('Lao PDR (a)')?.iso3).toBe('LAO');
		expect(matchCountry('Thailand¹')?.iso3).toBe('THA');
		expect(matchCountry('สปป. ลาว')?.iso3).toBe('LAO');
		expect(matchCountry('"Thailand"')?.iso3).toBe('THA');
	});

	it('never guesses: aggregates, sub-national rows and non-members stay unmatched', () => {
		for (const label of [
			'East Asia & Pacific',
			'East Asia and Pacific (PIP)',
			'ASEAN',
			'World',
			'Indonesia (urban)',
			'Indonesia (rural)',
			'Korea, Rep.',
			'China',
			'Thai',
			'Thailandia',
			'Indonesia (r)x',
			'TH*',
			'0',
			'2019',
			''
		]) {
			expect(matchCountry(label), label).toBeNull();
		}
	});

	it('classifies why a label is unmatched', () => {
		expect(classifyUnmatched('East Asia & Pacific (all income levels)')).toBe('aggregate');
		expect(classifyUnmatched('Arab World')).toBe('aggregate');
		expect(classifyUnmatched('World (excluding China)')).toBe('aggregate');
		expect(classifyUnmatched('ASEAN')).toBe('aggregate');
		expect(classifyUnmatched('Sub-Saharan Africa (PIP)')).toBe('aggregate');
		expect(classifyUnmatched('Indonesia (urban)')).toBe('subnational');
		expect(classifyUnmatched('Thailand (Bangkok)')).toBe('subnational');
		expect(classifyUnmatched('Malaysia')).toBe('unknown');
		expect(classifyUnmatched('South Africa')).toBe('unknown');
		expect(classifyUnmatched('United States')).toBe('unknown');
		expect(classifyUnmatched('Kosovo')).toBe('unknown');
		expect(classifyUnmatched('  ')).toBe('empty');
	});

	it('every code, name and alias of every member resolves to that member, whatever the case and spacing', () => {
		const cases = MEMBERS.flatMap((m) => labelsOf(m).map((label) => [m.iso3, label] as const));
		fc.assert(
			fc.property(
				fc.constantFrom(...cases),
				fc.array(fc.boolean(), { minLength: 1, maxLength: 8 }),
				fc.constantFrom('', ' ', '  ', '\u00a0', '\t', ' \u00a0 '),
				fc.constantFrom('', ' ', '\u00a0', '\u2009'),
				([iso3, label], flips, before, after) => {
					const spaced = label.replace(/ /g, () => (flips[0] ? '  ' : ' '));
					expect(matchCountry(before + randomCase(spaced, flips) + after)?.iso3).toBe(iso3);
				}
			)
		);
	});

	it('random strings that are not a known label never resolve', () => {
		const known = new Set(MEMBERS.flatMap((m) => labelsOf(m).map(normaliseLabel)));
		fc.assert(
			fc.property(fc.string({ minLength: 0, maxLength: 30 }), (text) => {
				const key = normaliseLabel(text).replace(/\s*(\*|\(.\))$/, '');
				fc.pre(!known.has(key) && !/^\s*0*\d{1,3}\s*$/.test(text));
				expect(matchCountry(text)).toBeNull();
			}),
			{ numRuns: 2000 }
		);
	});

	it('a member name with a qualifier never resolves', () => {
		fc.assert(
			fc.property(
				fc.constantFrom(...MEMBERS.map((m) => m.name.en)),
				fc.constantFrom(' (urban)', ' (rural)', ' region', ', Rep.', ' and Pacific', ' excl.'),
				(name, suffix) => {
					expect(matchCountry(name + suffix)).toBeNull();
				}
			)
		);
	});

	it('no label is claimed by two members', () => {
		for (const m of MEMBERS) {
			for (const label of labelsOf(m)) expect(matchCountry(label)?.iso3, label).toBe(m.iso3);
		}
	});
});
