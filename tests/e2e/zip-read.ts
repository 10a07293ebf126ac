/** The files of a zip archive, read through its central directory as an unzip tool does. */
export function readZip(bytes: Buffer): { name: string; data: Buffer }[] {
	const end = bytes.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
	if (end < 0) throw new Error('not a zip archive: no end of central directory');
	const count = bytes.readUInt16LE(end + 10);
	let at = bytes.readUInt32LE(end + 16);
	const files = [];
	for (let i = 0; i < count; i++) {
		if (bytes.readUInt32LE(at) !== 0x02014b50) throw new Error(`entry ${i + 1}: bad header`);
		if (bytes.readUInt16LE(at + 10) !== 0) throw new Error(`entry ${i + 1}: not stored`);
		const size = bytes.readUInt32LE(at + 24);
		const nameLength = bytes.readUInt16LE(at + 28);
		const name = bytes.subarray(at + 46, at + 46 + nameLength).toString('utf8');
		const local = bytes.readUInt32LE(at + 42);
		const start = local + 30 + bytes.readUInt16LE(local + 26) + bytes.readUInt16LE(local + 28);
		files.push({ name, data: bytes.subarray(start, start + size) });
		at += 46 + nameLength + bytes.readUInt16LE(at + 30) + bytes.readUInt16LE(at + 32);
	}
	return files;
}
