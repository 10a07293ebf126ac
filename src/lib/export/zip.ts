/**
 * A zip archive of already-compressed files (PNG), written without a library: entries are stored,
 * not deflated, since deflating a PNG again gains nothing. Names are UTF-8 (Thai slide titles),
 * flagged as such so that unzip tools do not read them as CP437.
 */

export interface ZipEntry {
	name: string;
	data: Uint8Array;
}

const CRC_TABLE = (() => {
	const table = new Uint32Array(256);
	for (let n = 0; n < 256; n++) {
		let c = n;
		for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
		table[n] = c >>> 0;
	}
	return table;
})();

/** CRC-32 as zip (and PNG) use it: reflected polynomial 0xEDB88320. */
export function crc32(data: Uint8Array): number {
	let c = 0xffffffff;
	for (let i = 0; i < data.length; i++) c = CRC_TABLE[(c ^ data[i]) & 0xff] ^ (c >>> 8);
	return (c ^ 0xffffffff) >>> 0;
}

// 1 January 2026, 12:00 in MS-DOS form: a fixed stamp keeps the same slides the same bytes.
const DOS_TIME = 12 << 11;
const DOS_DATE = ((2026 - 1980) << 9) | (1 << 5) | 1;
const UTF8_NAMES = 1 << 11;
// Made on Unix, zip 2.0: Info-ZIP's unzip then keeps the UTF-8 names' bytes as they are (for an
// archive made on DOS it converts them from CP437 whatever the flag says), and files get rw-r--r--.
const MADE_ON_UNIX = (3 << 8) | 20;
const FILE_MODE = (0o100644 << 16) >>> 0;

/** Pure: the entries in, the bytes of a zip archive out, in the order given. */
export function zip(entries: readonly ZipEntry[]): Uint8Array<ArrayBuffer> {
	const encoder = new TextEncoder();
	const names = entries.map((e) => encoder.encode(e.name));
	const seen = new Set<string>();
	for (const e of entries) {
		if (seen.has(e.name)) throw new Error(`Two files in one archive are both named ${e.name}`);
		seen.add(e.name);
	}
	const localSize = entries.reduce((n, e, i) => n + 30 + names[i].length + e.data.length, 0);
	const centralSize = names.reduce((n, name) => n + 46 + name.length, 0);
	if (localSize + centralSize > 0xffffffff || entries.length > 0xffff) {
		throw new Error('The archive would be over 4 GB or 65,535 files, which needs Zip64');
	}
	const out = new Uint8Array(localSize + centralSize + 22);
	const view = new DataView(out.buffer);
	let at = 0;
	const offsets: number[] = [];
	const crcs = entries.map((e) => crc32(e.data));

	entries.forEach((entry, i) => {
		offsets.push(at);
		view.setUint32(at, 0x04034b50, true);
		view.setUint16(at + 4, 20, true);
		view.setUint16(at + 6, UTF8_NAMES, true);
		view.setUint16(at + 8, 0, true);
		view.setUint16(at + 10, DOS_TIME, true);
		view.setUint16(at + 12, DOS_DATE, true);
		view.setUint32(at + 14, crcs[i], true);
		view.setUint32(at + 18, entry.data.length, true);
		view.setUint32(at + 22, entry.data.length, true);
		view.setUint16(at + 26, names[i].length, true);
		view.setUint16(at + 28, 0, true);
		out.set(names[i], at + 30);
		out.set(entry.data, at + 30 + names[i].length);
		at += 30 + names[i].length + entry.data.length;
	});

	const central = at;
	entries.forEach((entry, i) => {
		view.setUint32(at, 0x02014b50, true);
		view.setUint16(at + 4, MADE_ON_UNIX, true);
		view.setUint16(at + 6, 20, true);
		view.setUint16(at + 8, UTF8_NAMES, true);
		view.setUint16(at + 10, 0, true);
		view.setUint16(at + 12, DOS_TIME, true);
		view.setUint16(at + 14, DOS_DATE, true);
		view.setUint32(at + 16, crcs[i], true);
		view.setUint32(at + 20, entry.data.length, true);
		view.setUint32(at + 24, entry.data.length, true);
		view.setUint16(at + 28, names[i].length, true);
		// Extra field, comment, disk number, internal attributes: none.
		view.setUint32(at + 38, FILE_MODE, true);
		view.setUint32(at + 42, offsets[i], true);
		out.set(names[i], at + 46);
		at += 46 + names[i].length;
	});

	view.setUint32(at, 0x06054b50, true);
	view.setUint16(at + 8, entries.length, true);
	view.setUint16(at + 10, entries.length, true);
	view.setUint32(at + 12, at - central, true);
	view.setUint32(at + 16, central, true);
	return out;
}
