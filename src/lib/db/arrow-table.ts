import {
	Dictionary,
	Float64,
	Int8,
	Int16,
	Int32,
	makeData,
	makeVector,
	Table,
	Uint32,
	Uint8,
	Utf8,
	type Vector
} from 'apache-arrow';

/**
 * Builds Arrow tables without apache-arrow's builders. `tableFromArrays` compiles a validity check
 * with `new Function`, which the site's Content-Security-Policy (no 'unsafe-eval') blocks; these
 * columns are laid out by hand instead: offsets, bytes and a validity bitmap.
 */
export type Column =
	readonly (string | null)[] | readonly (number | null)[] | Int32Array | Float64Array;

function validity(values: ArrayLike<unknown>): { bitmap: Uint8Array; nulls: number } {
	const bitmap = new Uint8Array(Math.ceil(values.length / 8));
	let nulls = 0;
	for (let i = 0; i < values.length; i++) {
		const v = values[i];
		if (v === null || v === undefined || (typeof v === 'number' && Number.isNaN(v))) nulls++;
		else bitmap[i >> 3] |= 1 << (i & 7);
	}
	return { bitmap, nulls };
}

export function utf8Vector(values: readonly (string | null)[]): Vector<Utf8> {
	// Encoded in place into one buffer, as long as the texts can take (three bytes a UTF-16 unit):
	// an array per text took a 15,000-indicator upload's page 150 ms in one task (issue 9).
	const encoder = new TextEncoder();
	let most = 0;
	for (const v of values) most += v ? v.length * 3 : 0;
	const buffer = new Uint8Array(most);
	const offsets = new Int32Array(values.length + 1);
	for (let i = 0; i < values.length; i++) {
		const v = values[i];
		const written = v ? encoder.encodeInto(v, buffer.subarray(offsets[i])).written : 0;
		offsets[i + 1] = offsets[i] + written;
	}
	const bytes = buffer.subarray(0, offsets[values.length]);
	const { bitmap, nulls } = validity(values);
	return makeVector(
		makeData({
			type: new Utf8(),
			length: values.length,
			nullCount: nulls,
			nullBitmap: nulls ? bitmap : undefined,
			valueOffsets: offsets,
			data: bytes
		})
	);
}

export function float64Vector(values: readonly (number | null)[] | Float64Array): Vector<Float64> {
	const { bitmap, nulls } = validity(values);
	const data = Float64Array.from(values as ArrayLike<number | null>, (v) => v ?? 0);
	return makeVector(
		makeData({
			type: new Float64(),
			length: data.length,
			nullCount: nulls,
			nullBitmap: nulls ? bitmap : undefined,
			data
		})
	);
}

export function int32Vector(values: readonly (number | null)[] | Int32Array): Vector<Int32> {
	const { bitmap, nulls } = validity(values);
	const data = Int32Array.from(values as ArrayLike<number | null>, (v) => v ?? 0);
	return makeVector(
		makeData({
			type: new Int32(),
			length: data.length,
			nullCount: nulls,
			nullBitmap: nulls ? bitmap : undefined,
			data
		})
	);
}

/**
 * A table from plain columns: strings become Utf8, Int32Array stays Int32, other numbers become
 * Float64. Pass `ints` to store a plain number column as Int32 (e.g. years).
 */
export function arrowTable(columns: Record<string, Column>, ints: readonly string[] = []): Table {
	const vectors: Record<string, Vector> = {};
	for (const [name, values] of Object.entries(columns)) {
		if (values instanceof Int32Array || ints.includes(name)) {
			vectors[name] = int32Vector(values as readonly (number | null)[]);
		} else if (values instanceof Float64Array) {
			vectors[name] = float64Vector(values);
		} else if (values.some((v) => typeof v === 'string')) {
			vectors[name] = utf8Vector(values as readonly (string | null)[]);
		} else if (values.length && values.every((v) => v === null)) {
			vectors[name] = utf8Vector(values as readonly null[]);
		} else {
			vectors[name] = float64Vector(values as readonly (number | null)[]);
		}
	}
	return new Table(vectors);
}

type PackedArray = Uint8Array | Int16Array | Int32Array | Uint32Array | Float64Array;

/** A typed array as an Arrow column of the same width, without copying or a validity bitmap. */
function packedVector(values: PackedArray): Vector {
	const length = values.length;
	if (values instanceof Uint8Array) {
		return makeVector(makeData({ type: new Uint8(), length, nullCount: 0, data: values }));
	}
	if (values instanceof Int16Array) {
		return makeVector(makeData({ type: new Int16(), length, nullCount: 0, data: values }));
	}
	if (values instanceof Uint32Array) {
		return makeVector(makeData({ type: new Uint32(), length, nullCount: 0, data: values }));
	}
	if (values instanceof Int32Array) {
		return makeVector(makeData({ type: new Int32(), length, nullCount: 0, data: values }));
	}
	return makeVector(makeData({ type: new Float64(), length, nullCount: 0, data: values }));
}

/** Positions into a list of texts, each row's text looked up by the engine as it reads. */
export interface DictionaryColumn {
	texts: readonly string[];
	positions: Int8Array | Int16Array | Int32Array;
}

/**
 * A table whose text columns are dictionaries (a few texts, a position per row) and whose other
 * columns are typed arrays, all used as they are: the engine turns positions into texts while it
 * appends, with no per-row work in JavaScript and no stage table joined in SQL.
 */
export function dictionaryTable(columns: Record<string, DictionaryColumn | PackedArray>): Table {
	const vectors: Record<string, Vector> = {};
	for (const [name, column] of Object.entries(columns)) {
		if (!('texts' in column)) {
			vectors[name] = packedVector(column);
			continue;
		}
		const { texts, positions } = column;
		const indices =
			positions instanceof Int8Array
				? new Int8()
				: positions instanceof Int16Array
					? new Int16()
					: new Int32();
		vectors[name] = makeVector(
			makeData({
				type: new Dictionary(new Utf8(), indices),
				length: positions.length,
				nullCount: 0,
				data: positions,
				dictionary: utf8Vector(texts)
			})
		);
	}
	return new Table(vectors);
}

/** A query's row as plain values: BIGINT as number, missing as null. */
type PlainValue = string | number | boolean | null;
/** A LIST of numbers with no gaps, as the typed array the engine sent */
type NumberList =
	| Float64Array
	| Float32Array
	| Int32Array
	| Int16Array
	| Int8Array
	| Uint32Array
	| Uint16Array
	| Uint8Array;
export type PlainRow = Record<string, PlainValue | PlainValue[] | NumberList>;

/**
 * Plain rows, read column by column within each batch: a row proxy and its `toJSON` per row
 * cost the page about a second for the 600,000 sparkline points of a large upload's profile.
 */
export function plainRows(table: Table): PlainRow[] {
	const names = table.schema.fields.map((f) => f.name);
	const rows: PlainRow[] = [];
	for (const batch of table.batches) {
		const columns = names.map((_, c) => batch.getChildAt(c));
		for (let r = 0; r < batch.numRows; r++) {
			const row: PlainRow = {};
			for (let c = 0; c < names.length; c++) row[names[c]] = plainValue(columns[c]?.get(r));
			rows.push(row);
		}
	}
	return rows;
}

function isVector(value: unknown): value is Iterable<unknown> {
	return (
		typeof value === 'object' &&
		value !== null &&
		typeof (value as Partial<Vector>).toArray === 'function' &&
		Symbol.iterator in value
	);
}

function isNumberList(items: unknown): items is NumberList {
	return (
		ArrayBuffer.isView(items) &&
		!(
			items instanceof DataView ||
			items instanceof BigInt64Array ||
			items instanceof BigUint64Array
		)
	);
}

function plainValue(value: unknown): PlainRow[string] {
	if (typeof value === 'bigint') return Number(value);
	// A LIST column: each cell is a vector of its items (duck-typed: the engine's Arrow copy may
	// not be this module's).
	if (isVector(value)) {
		// Numbers with no gaps stay the typed array they arrived in: an import's sparkline lists
		// hold millions of points, and a boxed number each cost memory and collector time. With a
		// gap the typed array would hold 0 there, so those become plain arrays with null.
		const items: unknown = (value as Vector).toArray();
		if (isNumberList(items) && (value as Vector).nullCount === 0) return items;
		return Array.from(value, (item) => plainValue(item) as PlainValue);
	}
	return value === undefined ? null : (value as string | number | boolean | null);
}
