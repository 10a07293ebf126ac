import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { uploadEn } from '$lib/i18n/messages.upload.en';
import { uploadTh } from '$lib/i18n/messages.upload.th';
import { fileTooLarge, importFile } from './import';
import { NOTICE_CODES, type Notice } from './notice';
import { noticeKey, noticeText, skippedText } from './notice-text';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
const noticeKeys = Object.keys(uploadEn).filter((k) => k.startsWith('notice.'));
const th = uploadTh as Record<string, string>;
const en = uploadEn as Record<string, string>;

const root = path.resolve(process.cwd(), '../shared/fixtures/upload');
const encode = (text: string) => new TextEncoder().encode(text);

/** Small files that provoke many codes; the shared fixtures add the rest when present. */
const INLINE: [string, Uint8Array][] = [
	['empty.csv', new Uint8Array()],
	['header.csv', encode('country,year,value\n')],
	['one-column.csv', encode('a\nb\nc\n')],
	['quote.csv', encode('country,year,value\nThailand,2020,"12\nViet Nam,2020,3\n')],
	[
		'mixed.csv',
		encode(
			[
				'sep=;',
				'country;code;year;sex;indicator;value;;',
				'Thailand;THA;2019;Total;GDP;1,5;;',
				'Burma;MMR;2019;Total;GDP;2;;',
				'Atlantis;XXX;2019;Total;GDP;3;;',
				'Thailand;VNM;2019;Total;GDP;3;;',
				';THA;2020;Total;GDP;3;;',
				'Thailand;THA;2019-20;Total;GDP;3;;',
				'Thailand;THA;1850;Total;GDP;3;;',
				'Thailand;THA;abc;Total;GDP;3;;',
				'Thailand;THA;2563;Total;GDP;3;;',
				'Thailand;THA;2021;Other;GDP;3;;',
				'Thailand;THA;2021;Total;;3;;',
				'Thailand;THA;2022;Total;<b>GDP</b>;=1+1;;',
				'Thailand;THA;2023;Total;GDP;n/a;;',
				'Thailand;THA;2024;Total;GDP;abc;;',
				'Viet Nam;VNM;2019;Total;GDP;7;;',
				'Viet Nam;VNM;2019;Total;GDP;8;;',
				'Lao PDR;LAO;2019;Total;GDP;5;;',
				'Lao PDR;LAO;2019;Total;GDP;5;;',
				'Lao PDR;LAO;2020;Total;GDP;120 %;;',
				'Lao PDR;LAO;2021;Total;GDP;5;1;2',
				'',
				'Source: somewhere'
			].join('\n')
		)
	],
	[
		'dup.csv',
		encode('country,year,value,value\nThailand,2000,1,2\n\nViet Nam,"2"x,3,4\n,2001,1,1\n')
	],
	['none.csv', encode('country,year,value\nAtlantis,2000,1\n')],
	['nocountry.csv', encode('a,year,value\nx,2000,1\n')],
	['wide.csv', encode('Country,,Notes,2000,2001\nThailand,,x,1,2\nViet Nam,,y,3,\n')]
];

function fixtureFiles(): [string, Uint8Array][] {
	if (!existsSync(root)) return [];
	return ['bad', 'real'].flatMap((dir) =>
		readdirSync(path.join(root, dir))
			.filter((name) => /\.(csv|tsv|txt)$/i.test(name))
			.map((name): [string, Uint8Array] => [
				name,
				new Uint8Array(readFileSync(path.join(root, dir, name)))
			])
	);
}

function allNotices(): Notice[] {
	const files = [...INLINE, ...fixtureFiles()];
	const notices = files.flatMap(([name, bytes]) => importFile(bytes, name).notices);
	notices.push(
		fileTooLarge(200 * 1024 * 1024),
		...importFile(encode('a;b\n1;2\n'), 'x.csv', {
			mapping: { country: 0, value: 1 }
		}).notices,
		...importFile(encode('a,b\n1,2\n'), 'x.csv', { mapping: { countryFixed: 'THA' } }).notices,
		...importFile(Uint8Array.from([0x61, 0x2c, 0x62, 0x0a, 0xa1, 0xff, 0x2c, 0x31]), 'x.csv', {
			encoding: 'utf-8'
		}).notices,
		...importFile(encode('a,b\n1,2\n'), 'x.csv', { mapping: { countryFixed: 'THA', year: 0 } })
			.notices
	);
	return notices;
}

describe('importer notices in both languages', () => {
	it('every notice code has an English and a Thai text', () => {
		for (const code of NOTICE_CODES) {
			expect(en[`notice.${code}`], code).toBeTruthy();
			expect(th[`notice.${code}`], code).toBeTruthy();
		}
	});

	it('every notice text belongs to a code, and both languages name the same placeholders', () => {
		for (const key of noticeKeys) {
			const code = key.split('.')[1];
			if (key !== 'notice.more') expect(NOTICE_CODES as readonly string[]).toContain(code);
			expect(placeholders(th[key]), key).toEqual(placeholders(en[key]));
			expect(th[key], key).toMatch(/[\u0E00-\u0E7F]/);
		}
	});

	it('every notice the importer gives has a Thai text with every placeholder filled', () => {
		const notices = allNotices();
		const seen = new Set<string>();
		for (const n of notices) {
			const key = noticeKey(n);
			seen.add(n.code);
			expect(th[key], `${n.code}: ${n.message}`).toBeTruthy();
			const text = noticeText(n, 'th');
			expect(text, `${key} from "${n.message}"`).not.toMatch(/\{\w+\}/);
			expect(noticeText(n, 'en')).toBe(n.message);
		}
		// The inputs above reach most codes, so the check is about real notices, not an empty list.
		expect(seen.size).toBeGreaterThan((NOTICE_CODES.length * 3) / 4);
	}, 60_000);

	it('every skipped row says why in Thai, with every placeholder filled', () => {
		const files = [...INLINE, ...fixtureFiles()];
		const skipped = files.flatMap(([name, bytes]) => importFile(bytes, name).report?.skipped ?? []);
		const reasons = new Set<string>();
		for (const entry of skipped) {
			reasons.add(entry.reason);
			expect(entry.key, entry.detail).toBeTruthy();
			const text = skippedText(entry, 'th');
			expect(text, entry.detail).toMatch(/[\u0E00-\u0E7F]/);
			expect(text, entry.detail).not.toMatch(/\{\w+\}|the row was skipped/);
			expect(skippedText(entry, 'en')).toBe(entry.detail);
		}
		expect(reasons.size).toBeGreaterThanOrEqual(6);
	}, 60_000);

	it("a historical name suggests the member by its name in the reader's language, with its code", () => {
		const result = importFile(
			encode('Country,Year,Value\nBurma,2000,1\nThailand,2000,2\n'),
			'old.csv'
		);
		const burma = result.report!.skipped.find((e) => e.reason === 'country-unmatched')!;
		expect(skippedText(burma, 'en')).toContain('if the file means Myanmar (MMR)');
		expect(skippedText(burma, 'th')).toContain('หากไฟล์หมายถึง เมียนมา (MMR)');
	});

	it('the per-row texts of unmatched countries name the same placeholders in both languages', () => {
		for (const key of Object.keys(en).filter((k) => k.startsWith('upload.skip.'))) {
			expect(placeholders(th[key]), key).toEqual(placeholders(en[key]));
		}
	});
});
