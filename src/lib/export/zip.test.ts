import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { crc32 as nodeCrc32 } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { crc32, zip } from './zip';

/** Reads an archive back through its central directory, as an unzip tool does. */
function readZip(bytes: Uint8Array) {
	const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
	const end = bytes.length - 22;
	expect(view.getUint32(end, true)).toBe(0x06054b50);
	const count = view.getUint16(end + 10, true);
	let at = view.getUint32(end + 16, true);
	const files = [];
	for (let i = 0; i < count; i++) {
		expect(view.getUint32(at, true)).toBe(0x02014b50);
		const crc = view.getUint32(at + 16, true);
		const size = view.getUint32(at + 24, true);
		const nameLength = view.getUint16(at + 28, true);
		const flags = view.getUint16(at + 8, true);
		const name = new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength));
		const local = view.getUint32(at + 42, true);
		expect(view.getUint32(local, true)).toBe(0x04034b50);
		const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
		files.push({ name, crc, flags, data: bytes.slice(start, start + size) });
		at += 46 + nameLength;
	}
	return files;
}

const random = (n: number, seed: number) => {
	const out = new Uint8Array(n);
	let s = seed;
	for (let i = 0; i < n; i++) {
		s = (s * 1103515245 + 12345) >>> 0;
		out[i] = s >>> 24;
	}
	return out;
};

describe('zip', () => {
	it('computes the CRC-32 that zlib computes', () => {
		for (const data of [
			new Uint8Array(0),
			new TextEncoder().encode('123456789'),
			random(5000, 7)
		]) {
			expect(crc32(data)).toBe(nodeCrc32(data));
		}
	});

	it('stores every file whole, under its UTF-8 name, in order', () => {
		const entries = [
			{ name: '01-ผู้สูงอายุ.png', data: random(3000, 1) },
			{ name: '02-pensions.png', data: random(1, 2) },
			{ name: '03-empty.txt', data: new Uint8Array(0) }
		];
		const files = readZip(zip(entries));
		expect(files.map((f) => f.name)).toEqual(entries.map((e) => e.name));
		files.forEach((f, i) => {
			expect(f.data).toEqual(entries[i].data);
			expect(f.crc).toBe(nodeCrc32(entries[i].data));
			expect(f.flags & (1 << 11)).toBeTruthy();
		});
	});

	it('gives the same bytes for the same files', () => {
		const entries = [{ name: 'a.png', data: random(100, 3) }];
		expect(zip(entries)).toEqual(zip(entries));
	});

	it('refuses two files of one name', () => {
		const data = new Uint8Array(1);
		expect(() =>
			zip([
				{ name: 'a', data },
				{ name: 'a', data }
			])
		).toThrow(/both named a/);
	});

	it.skipIf(!existsSync('/usr/bin/unzip'))('is read by Info-ZIP unzip without an error', () => {
		const dir = mkdtempSync(join(tmpdir(), 'zip-test-'));
		const file = join(dir, 'slides.zip');
		const data = random(2000, 9);
		writeFileSync(file, zip([{ name: 'สไลด์ 1.png', data }]));
		expect(execFileSync('/usr/bin/unzip', ['-t', file]).toString()).toMatch(/No errors detected/);
		execFileSync('/usr/bin/unzip', ['-q', file, '-d', dir]);
		expect(new Uint8Array(readFileSync(join(dir, 'สไลด์ 1.png')))).toEqual(data);
	});
});
