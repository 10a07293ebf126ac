import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Indicator } from '$lib/dataset/types';
import { sourceName, sourceTexts } from './sources';

const catalog = JSON.parse(
	readFileSync(resolve(process.cwd(), 'static/data/catalog.json'), 'utf8')
) as Indicator[];
const THAI = /[\u0E00-\u0E7F]/u;

describe('sourceTexts', () => {
	it('names every source of the catalogue in Thai, with no repository code in the names', () => {
		for (const { id, source } of catalog) {
			const th = sourceTexts(source, 'th');
			const en = sourceTexts(source, 'en');
			for (const [field, text] of Object.entries({
				publisher: th.publisher,
				dataset: th.dataset,
				licence: th.licence
			})) {
				expect(THAI.test(text), `${id} ${field} in Thai: ${text}`).toBe(true);
			}
			for (const text of [th.dataset, en.dataset, sourceName(source, 'th')]) {
				expect(text, id).not.toMatch(/ddf--|open-numbers\//);
			}
		}
	});

	it('keeps the codes for the details line, exactly as the catalogue has them', () => {
		for (const { id, source } of catalog) {
			const { codes } = sourceTexts(source, 'th');
			const code = /\(([^()]*ddf--[^()]*)\)\s*$/.exec(source.dataset)?.[1] ?? null;
			expect(codes.dataset, id).toBe(code);
			expect(codes.series, id).toEqual([source.series].flat());
		}
	});

	it('shows an unknown source (an upload) as it is', () => {
		const source = { publisher: 'My ministry', dataset: 'file.csv', licence: 'own', series: 'x' };
		expect(sourceTexts(source, 'th')).toMatchObject({
			publisher: 'My ministry',
			dataset: 'file.csv',
			licence: 'own'
		});
	});
});
