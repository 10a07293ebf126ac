import { ISO3_CODES, type Iso3 } from '$lib/countries/members';
import { emptyColumns, indicatorKey, SEXES, type IndicatorDraft } from '$lib/storage/columns';
import type { TidyColumns } from '$lib/storage/types';
import type { TidyRow } from './report';
import type { Sex } from './sex';

/** What the observations of one series share: one entry per indicator, member and sex. */
export type SeriesBase = Pick<TidyRow, 'indicator' | 'indicatorCode' | 'iso3' | 'sex'>;

/** Years with a bit per series: every year the checker accepts from a year column or header. */
const BIT_FROM = 1900;
const BIT_YEARS = 224;
const WORDS = BIT_YEARS / 32;

const iso3Index = new Map<Iso3, number>(ISO3_CODES.map((code, i) => [code, i]));
const sexIndex = new Map<Sex, number>(SEXES.map((sex, i) => [sex, i]));

/**
 * The checked values of a file as columns: a value costs some 24 bytes instead of two objects
 * and a map entry, which made a 40 MB wide export (5 million values) take gigabytes and seconds
 * (issue 9). Duplicates (same series and year) are found with a bit per series and year; only a
 * file that has one pays for a full index.
 */
export class ObservationStore {
	readonly series: SeriesBase[] = [];
	#seriesIds = new Map<string, number>();
	/**
	 * Duplicates are looked for within a group: indicator (its code when it has one), member
	 * and sex. A series is a group with one indicator name, since rows sharing a code may name
	 * it differently, and each row keeps its own name.
	 */
	#groupIds = new Map<string, number>();
	#groupOf: number[] = [];
	#seen = new Int32Array(WORDS * 64);
	#size = 0;
	#seriesOf = new Int32Array(1024);
	#year = new Int32Array(1024);
	#value = new Float64Array(1024);
	#line = new Int32Array(1024);
	#column = new Int32Array(1024);
	#dropped: Uint8Array | null = null;
	/** (series, year) → the observations there, once a first duplicate made it needed */
	#index: Map<number, number | number[]> | null = null;

	/** Series ids by indicator (code, then name), then member and sex: see `seriesOf`. */
	#byParts = new Map<string, Map<string, Int32Array>>();

	/**
	 * The series of these parts, grouped by the code when there is one: `seriesId` without a key
	 * string and an object built for every value (three quarters of a second and much of the
	 * garbage collection of a 100 MB file's check).
	 */
	seriesOf(indicator: string, indicatorCode: string | undefined, iso3: Iso3, sex: Sex): number {
		const group = indicatorCode || indicator;
		let names = this.#byParts.get(group);
		if (!names) this.#byParts.set(group, (names = new Map()));
		let slots = names.get(indicator);
		if (!slots) {
			slots = new Int32Array(ISO3_CODES.length * SEXES.length).fill(-1);
			names.set(indicator, slots);
		}
		const slot = iso3Index.get(iso3)! * SEXES.length + sexIndex.get(sex)!;
		if (slots[slot] < 0) {
			const base = { indicator, indicatorCode: indicatorCode || undefined, iso3, sex };
			slots[slot] = this.seriesId(`${group}\u0000${iso3}\u0000${sex}`, base);
		}
		return slots[slot];
	}

	/** The id of the series of `base` within `group`, made the first time. */
	seriesId(group: string, base: SeriesBase): number {
		const key = base.indicatorCode ? `${group}\u0001${base.indicator}` : group;
		let id = this.#seriesIds.get(key);
		if (id !== undefined) return id;
		id = this.series.length;
		this.series.push(base);
		this.#seriesIds.set(key, id);
		let groupId = this.#groupIds.get(group);
		if (groupId === undefined) {
			groupId = this.#groupIds.size;
			this.#groupIds.set(group, groupId);
			if ((groupId + 1) * WORDS > this.#seen.length) {
				const seen = new Int32Array(this.#seen.length * 2);
				seen.set(this.#seen);
				this.#seen = seen;
			}
		}
		this.#groupOf.push(groupId);
		return id;
	}

	add(series: number, year: number, value: number, line: number, column: number): void {
		if (this.#size === this.#value.length) this.#grow();
		const k = this.#size++;
		this.#seriesOf[k] = series;
		this.#year[k] = year;
		this.#value[k] = value;
		this.#line[k] = line;
		this.#column[k] = column;
		if (this.#index) return this.#indexOne(k);
		const bit = year - BIT_FROM;
		if (!Number.isInteger(bit) || bit < 0 || bit >= BIT_YEARS) return this.#buildIndex();
		const word = this.#groupOf[series] * WORDS + (bit >> 5);
		const mask = 1 << (bit & 31);
		if (this.#seen[word] & mask) return this.#buildIndex();
		this.#seen[word] |= mask;
	}

	seriesAt(k: number): SeriesBase {
		return this.series[this.#seriesOf[k]];
	}
	yearAt(k: number): number {
		return this.#year[k];
	}
	valueAt(k: number): number {
		return this.#value[k];
	}
	lineAt(k: number): number {
		return this.#line[k];
	}
	columnAt(k: number): number {
		return this.#column[k];
	}

	drop(k: number): void {
		this.#dropped ??= new Uint8Array(this.#value.length);
		this.#dropped[k] = 1;
	}

	/**
	 * Every set of observations sharing series and year, in the order their series first came,
	 * then their year: the order the report lists them in.
	 */
	duplicates(): number[][] {
		if (!this.#index) return [];
		const lists: number[][] = [];
		for (const slot of this.#index.values()) if (Array.isArray(slot)) lists.push(slot);
		const group = (k: number) => this.#groupOf[this.#seriesOf[k]];
		return lists.sort((a, b) => group(a[0]) - group(b[0]) || a[0] - b[0]);
	}

	/**
	 * The observations kept, in file order: by line, then year (a wide row is read in column
	 * order, so only years out of order need the sort).
	 */
	kept(): Uint32Array {
		const dropped = this.#dropped;
		let count = 0;
		for (let k = 0; k < this.#size; k++) if (!dropped?.[k]) count++;
		const order = new Uint32Array(count);
		let at = 0;
		for (let k = 0; k < this.#size; k++) if (!dropped?.[k]) order[at++] = k;
		if (this.#inLineOrder(order)) return order;
		return Uint32Array.from(
			Array.from(order).sort(
				(a, b) => this.#line[a] - this.#line[b] || this.#year[a] - this.#year[b]
			)
		);
	}

	/** One observation as a row object: for small results and tests, never a whole large file. */
	row(k: number): TidyRow {
		const { indicator, indicatorCode, iso3, sex } = this.seriesAt(k);
		const year = this.#year[k];
		const value = this.#value[k];
		const line = this.#line[k];
		return indicatorCode
			? { indicator, indicatorCode, iso3, year, sex, value, line }
			: { indicator, iso3, year, sex, value, line };
	}

	rows(order: Uint32Array): TidyRow[] {
		return Array.from(order, (k) => this.row(k));
	}

	/**
	 * The kept observations as the typed columns that are stored, with their indicators in order
	 * of first appearance (`indicatorsOf` and `packRows` of the same rows, without the rows).
	 */
	pack(order: Uint32Array): { indicators: IndicatorDraft[]; rows: TidyColumns } {
		const positions = new Map<string, number>();
		const indicators: IndicatorDraft[] = [];
		const seriesPosition = new Int32Array(this.series.length).fill(-1);
		const seriesIso3 = new Uint8Array(this.series.length);
		const seriesSex = new Uint8Array(this.series.length);
		const n = order.length;
		const rows = emptyColumns(n);
		for (let i = 0; i < n; i++) {
			const k = order[i];
			const s = this.#seriesOf[k];
			const base = this.series[s];
			if (seriesPosition[s] < 0) {
				const key = indicatorKey(base);
				let position = positions.get(key);
				if (position === undefined) {
					position = indicators.length;
					positions.set(key, position);
					indicators.push({
						key,
						name: base.indicator,
						...(base.indicatorCode && { code: base.indicatorCode })
					});
				}
				seriesPosition[s] = position;
				seriesIso3[s] = iso3Index.get(base.iso3) ?? 0;
				seriesSex[s] = sexIndex.get(base.sex) ?? 0;
			}
			rows.indicator[i] = seriesPosition[s];
			rows.iso3[i] = seriesIso3[s];
			rows.year[i] = this.#year[k];
			rows.sex[i] = seriesSex[s];
			rows.value[i] = this.#value[k];
		}
		return { indicators, rows };
	}

	#inLineOrder(order: Uint32Array): boolean {
		for (let i = 1; i < order.length; i++) {
			const a = order[i - 1];
			const b = order[i];
			const line = this.#line[a] - this.#line[b];
			if (line > 0 || (line === 0 && this.#year[a] > this.#year[b])) return false;
		}
		return true;
	}

	#grow(): void {
		const grow = <T extends Int32Array | Float64Array>(array: T, make: (n: number) => T): T => {
			const next = make(array.length * 2);
			next.set(array);
			return next;
		};
		this.#seriesOf = grow(this.#seriesOf, (n) => new Int32Array(n));
		this.#year = grow(this.#year, (n) => new Int32Array(n));
		this.#value = grow(this.#value, (n) => new Float64Array(n));
		this.#line = grow(this.#line, (n) => new Int32Array(n));
		this.#column = grow(this.#column, (n) => new Int32Array(n));
		if (this.#dropped) {
			const dropped = new Uint8Array(this.#value.length);
			dropped.set(this.#dropped);
			this.#dropped = dropped;
		}
	}

	/** Group and year as one number; years outside 16 bits cannot be imported in any case. */
	#key(k: number): number {
		return this.#groupOf[this.#seriesOf[k]] * 65536 + ((this.#year[k] + 32768) & 0xffff);
	}

	#buildIndex(): void {
		this.#index = new Map();
		for (let k = 0; k < this.#size; k++) this.#indexOne(k);
	}

	#indexOne(k: number): void {
		const index = this.#index!;
		const key = this.#key(k);
		const slot = index.get(key);
		if (slot === undefined) index.set(key, k);
		else if (Array.isArray(slot)) slot.push(k);
		else index.set(key, [slot, k]);
	}
}

/** The observations a check keeps, in file order, as rows or as the stored columns. */
export class KeptObservations {
	constructor(
		readonly store: ObservationStore,
		readonly order: Uint32Array
	) {}

	rows(): TidyRow[] {
		return this.store.rows(this.order);
	}

	pack(): { indicators: IndicatorDraft[]; rows: TidyColumns } {
		return this.store.pack(this.order);
	}
}
