import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { breakUnits } from './thai-breaks';
import { approximateMeasure, wrapText } from './wrap';

const catalog = JSON.parse(
	readFileSync(resolve(process.cwd(), 'static/data/catalog.json'), 'utf8')
) as { id: string; name: { th: string }; unit: { th: string } }[];
const segmenter = new Intl.Segmenter('th', { granularity: 'word' });

/** Character offsets (in the text with spaces collapsed) where the lines of `lines` start. */
function lineStarts(text: string, lines: readonly string[]): number[] {
	const source = text.trim().replace(/\s+/gu, ' ');
	const starts: number[] = [];
	let at = 0;
	for (const line of lines) {
		const found = source.indexOf(line, at);
		expect(found, `"${line}" is a piece of "${source}"`).toBeGreaterThanOrEqual(0);
		starts.push(found);
		at = found + line.length;
	}
	expect(at).toBe(source.length);
	return starts;
}

/** Every break that falls strictly inside a word Intl.Segmenter finds, or inside a protected run. */
function splitWords(text: string, lines: readonly string[]): string[] {
	const source = text.trim().replace(/\s+/gu, ' ');
	const breaks = lineStarts(text, lines).slice(1);
	const inside = (start: number, end: number) => breaks.some((b) => b > start && b < end);
	const split: string[] = [];
	for (const s of segmenter.segment(source)) {
		if (s.isWordLike && inside(s.index, s.index + s.segment.length)) split.push(s.segment);
	}
	for (const pattern of [/\d[\d,.]*\s*[–-]\s*\d[\d,.]*(\s*ปี)?/gu, /พ\.ศ\.\s*\d{4}/gu]) {
		for (const m of source.matchAll(pattern)) {
			if (inside(m.index, m.index + m[0].length)) split.push(m[0]);
		}
	}
	return split;
}

describe('Thai line breaking', () => {
	it('keeps number ranges, eras with their years and member names whole', () => {
		const units = breakUnits('ประชากรอายุ 15–19 ปี ในปี พ.ศ. 2563 เมียนมา บรูไนดารุสซาลาม');
		const texts = units.map((u) => u.text);
		expect(texts).toContain('15–19 ปี');
		expect(texts).toContain('พ.ศ. 2563');
		expect(texts).toContain('เมียนมา');
		expect(texts).toContain('บรูไนดารุสซาลาม');
		expect(units.map((u) => (u.space ? ' ' : '') + u.text).join('')).toBe(
			'ประชากรอายุ 15–19 ปี ในปี พ.ศ. 2563 เมียนมา บรูไนดารุสซาลาม'
		);
	});

	it('keeps punctuation with its word', () => {
		const texts = breakUnits('อัตราการเกิด (ต่อผู้หญิง 1,000 คน)').map((u) => u.text);
		expect(texts.some((t) => t.startsWith('('))).toBe(true);
		expect(texts.some((t) => t === ')' || t === '(')).toBe(false);
	});

	it('splits no word of any Thai indicator name, unit or title at any width', () => {
		const measure = approximateMeasure();
		const texts = catalog.flatMap((i) => [
			i.name.th,
			i.unit.th,
			`${i.name.th}, พ.ศ. 2563 (${i.unit.th})`
		]);
		expect(texts.length).toBe(catalog.length * 3);
		let broken = 0;
		for (const text of texts) {
			for (const width of [60, 90, 120, 160, 220, 320]) {
				const { lines } = wrapText(text, width, measure, { size: 14, minSize: 10 });
				expect(splitWords(text, lines), `${text} at ${width}px: ${lines.join(' | ')}`).toEqual([]);
				if (lines.length > 1) broken++;
			}
		}
		// The widths are narrow enough that most texts do wrap: the check is not vacuous.
		expect(broken).toBeGreaterThan(texts.length * 3);
	});

	it('keeps English breaking at spaces', () => {
		expect(breakUnits('Birth registration, 15–19 years').map((u) => u.text)).toEqual([
			'Birth',
			'registration,',
			'15–19 years'
		]);
	});
});
