import type { ProfileEntry } from '$lib/dataset/profile';
import { withDisplay } from './display';
import { packProfile, unpackProfile, type PackedProfile } from './profile-pack';
import { emptyColumns } from './columns';
import { fromRecord, toRecord, type MetaRecord } from './meta-record';
import { isInParts, partCount, placeRows, rowsPart, type RowsInParts } from './row-parts';
import type { DatasetMeta, IndicatorDisplay, StoredDataset, TidyColumns } from './types';

/**
 * The analyst's uploads in IndexedDB: metadata and rows in two stores, so that listing datasets
 * never reads the rows. Nothing here leaves the browser.
 */
const DB_NAME = 'asean-dashboard-user-data';
// 2 added the file's own table (the SQL console's `upload_<name>`), kept as a Blob, and each
// member's profile lines, keyed `<dataset id>|<ISO3>`
const DB_VERSION = 2;
const META = 'datasets';
const ROWS = 'rows';
const SOURCES = 'sources';
const PROFILES = 'profiles';
const profileKey = (id: string, iso3: string) => `${id}|${iso3}`;
const profileKeys = (id: string) => IDBKeyRange.bound(`${id}|`, `${id}|\uffff`);
// Rows too many for one record: a `RowsInParts` under the dataset's id, the parts under these
const rowsPartKey = (id: string, part: number) => `${id}#${part}`;
const rowsPartKeys = (id: string) => IDBKeyRange.bound(`${id}#`, `${id}#\uffff`);

export type StorageProblemKind = 'quota' | 'unavailable' | 'failed';

/** A storage failure the page can explain in plain words. */
export class StorageProblem extends Error {
	constructor(
		readonly kind: StorageProblemKind,
		message: string
	) {
		super(message);
		this.name = 'StorageProblem';
	}
}

export function explain(error: unknown): StorageProblem {
	if (error instanceof StorageProblem) return error;
	const name = error instanceof DOMException || error instanceof Error ? error.name : '';
	const message = error instanceof Error ? error.message : String(error);
	if (name === 'QuotaExceededError' || /quota/i.test(message)) {
		return new StorageProblem('quota', message);
	}
	// Chromium's words for a value over its size limit, under the same name as a broken store
	if (/too large/i.test(message)) return new StorageProblem('failed', message);
	if (name === 'SecurityError' || name === 'InvalidStateError' || name === 'UnknownError') {
		return new StorageProblem('unavailable', message);
	}
	return new StorageProblem('failed', message);
}

let opened: Promise<IDBDatabase> | undefined;

function open(): Promise<IDBDatabase> {
	opened ??= new Promise<IDBDatabase>((resolve, reject) => {
		if (typeof indexedDB === 'undefined') {
			reject(new StorageProblem('unavailable', 'IndexedDB is not available'));
			return;
		}
		const request = indexedDB.open(DB_NAME, DB_VERSION);
		request.onupgradeneeded = () => {
			const db = request.result;
			if (!db.objectStoreNames.contains(META)) db.createObjectStore(META, { keyPath: 'id' });
			if (!db.objectStoreNames.contains(ROWS)) db.createObjectStore(ROWS);
			if (!db.objectStoreNames.contains(SOURCES)) db.createObjectStore(SOURCES);
			if (!db.objectStoreNames.contains(PROFILES)) db.createObjectStore(PROFILES);
		};
		request.onsuccess = () => {
			const db = request.result;
			// A newer version in another tab waits for this one: let it go, reopen on next use.
			db.onversionchange = () => {
				db.close();
				opened = undefined;
			};
			resolve(db);
		};
		request.onerror = () => reject(explain(request.error));
		request.onblocked = () => reject(new StorageProblem('unavailable', 'storage is blocked'));
	}).catch((error: unknown) => {
		opened = undefined;
		throw explain(error);
	});
	return opened;
}

function done(tx: IDBTransaction): Promise<void> {
	return new Promise((resolve, reject) => {
		tx.oncomplete = () => resolve();
		tx.onerror = () => reject(explain(tx.error));
		tx.onabort = () => reject(explain(tx.error ?? new Error('transaction aborted')));
	});
}

function result<T>(request: IDBRequest<T>): Promise<T> {
	return new Promise((resolve, reject) => {
		request.onsuccess = () => resolve(request.result);
		request.onerror = () => reject(explain(request.error));
	});
}

export async function listStoredMeta(): Promise<DatasetMeta[]> {
	const db = await open();
	const tx = db.transaction(META, 'readonly');
	const all = (await result(tx.objectStore(META).getAll())) as MetaRecord[];
	return all.map(fromRecord).sort((a, b) => a.createdAt.localeCompare(b.createdAt));
}

export async function listStoredDatasets(): Promise<StoredDataset[]> {
	const metas = await listStoredMeta();
	const db = await open();
	const tx = db.transaction(ROWS, 'readonly');
	const store = tx.objectStore(ROWS);
	const rows = await Promise.all(
		metas.map(async (m) => {
			const stored = (await result(store.get(m.id))) as TidyColumns | RowsInParts | undefined;
			if (!stored || !isInParts(stored)) return stored;
			return readParts(store, m.id, stored);
		})
	);
	return metas.flatMap((meta, i) => {
		const columns = rows[i];
		return columns ? [{ ...meta, rows: columns }] : [];
	});
}

/**
 * A dataset's rows stored in parts, read one part after another and each copied into place from
 * its own success: read together and joined at the end, a 100 MB wide upload's rows were one
 * task of 480 ms (issue 9). A part missing or too long is a damaged dataset: left out, as one
 * without rows.
 */
function readParts(
	store: IDBObjectStore,
	id: string,
	head: RowsInParts
): Promise<TidyColumns | undefined> {
	return new Promise((resolve, reject) => {
		const rows = emptyColumns(head.rows);
		let at = 0;
		const next = (k: number) => {
			if (k === head.parts) return resolve(at === head.rows ? rows : undefined);
			const request = store.get(rowsPartKey(id, k));
			request.onerror = () => reject(explain(request.error));
			request.onsuccess = () => {
				const part = request.result as TidyColumns | undefined;
				if (!part || at + part.value.length > head.rows) return resolve(undefined);
				placeRows(rows, part, at);
				at += part.value.length;
				next(k + 1);
			};
		};
		next(0);
	});
}

export async function putDataset(dataset: StoredDataset): Promise<void> {
	const db = await open();
	const { rows, source, profiles, ...meta } = dataset;
	try {
		const tx = db.transaction([META, ROWS, SOURCES, PROFILES], 'readwrite');
		const rowStore = tx.objectStore(ROWS);
		const parts = partCount(rows);
		const writes: (() => IDBRequest)[] = [];
		if (parts === 1) writes.push(() => rowStore.put(rows, meta.id));
		else {
			for (let k = 0; k < parts; k++)
				writes.push(() => rowStore.put(rowsPart(rows, k), rowsPartKey(meta.id, k)));
			const whole: RowsInParts = { parts, rows: rows.value.length };
			writes.push(() => rowStore.put(whole, meta.id));
		}
		if (source) writes.push(() => tx.objectStore(SOURCES).put(source, meta.id));
		for (const [iso3, entries] of Object.entries(profiles ?? {})) {
			const packed = Array.isArray(entries) ? packProfile(entries) : entries;
			writes.push(() => tx.objectStore(PROFILES).put(packed, profileKey(meta.id, iso3)));
		}
		writes.push(() => tx.objectStore(META).put(toRecord(meta)));
		await inTurn(tx, writes);
	} catch (error) {
		throw explain(error);
	}
}

/**
 * Makes `writes` in `tx` one after another, each from the success of the one before. A put
 * clones its value on the page's thread: a big dataset's records cloned in one go froze the page
 * for a second (issue 9). In turn, each clone is a task of its own, and the transaction is still
 * one (all or nothing).
 */
function inTurn(tx: IDBTransaction, writes: readonly (() => IDBRequest)[]): Promise<void> {
	return new Promise((resolve, reject) => {
		// A put that throws (a full disk, a value it cannot clone) aborts the transaction: the
		// error it threw says why, not the abort.
		let failure: unknown;
		tx.oncomplete = () => resolve();
		tx.onerror = (event) =>
			reject(explain(failure ?? (event.target as IDBRequest | null)?.error ?? tx.error));
		tx.onabort = () => reject(explain(failure ?? tx.error ?? new Error('transaction aborted')));
		const next = (k: number) => {
			if (k === writes.length) return;
			try {
				writes[k]().onsuccess = () => next(k + 1);
			} catch (error) {
				failure = error;
				tx.abort();
			}
		};
		next(0);
	});
}

/** Rewrites one dataset's metadata in one transaction; a dataset no longer stored is left alone. */
async function updateMeta(id: string, change: (meta: DatasetMeta) => DatasetMeta): Promise<void> {
	const db = await open();
	const tx = db.transaction(META, 'readwrite');
	const store = tx.objectStore(META);
	const record = (await result(store.get(id))) as MetaRecord | undefined;
	if (record) store.put(toRecord(change(fromRecord(record))));
	await done(tx);
}

/**
 * Replaces a dataset's own table (the file as uploaded, by its CSV) with its description, in one
 * transaction; a dataset no longer stored is left alone.
 */
export async function replaceStoredSource(
	id: string,
	source: Blob,
	table: NonNullable<DatasetMeta['table']>
): Promise<void> {
	const db = await open();
	const tx = db.transaction([META, SOURCES], 'readwrite');
	const store = tx.objectStore(META);
	const record = (await result(store.get(id))) as MetaRecord | undefined;
	if (record) {
		tx.objectStore(SOURCES).put(source, id);
		store.put({ ...record, table } satisfies MetaRecord);
	}
	await done(tx);
}

export function renameStored(id: string, name: string): Promise<void> {
	return updateMeta(id, (meta) => ({ ...meta, name }));
}

/** Sets one stored indicator's unit and display precision (absent decimals = as the values come). */
export function editStoredIndicator(
	datasetId: string,
	indicatorId: string,
	patch: IndicatorDisplay
): Promise<void> {
	return updateMeta(datasetId, (meta) => withDisplay(meta, indicatorId, patch));
}

export async function deleteStored(id: string): Promise<void> {
	const db = await open();
	const tx = db.transaction([META, ROWS, SOURCES, PROFILES], 'readwrite');
	tx.objectStore(META).delete(id);
	tx.objectStore(ROWS).delete(id);
	tx.objectStore(ROWS).delete(rowsPartKeys(id));
	tx.objectStore(SOURCES).delete(id);
	tx.objectStore(PROFILES).delete(profileKeys(id));
	await done(tx);
}

/** One member's stored profile lines of each dataset asked for (none where it has no data). */
export async function getStoredProfiles(
	ids: readonly string[],
	iso3: string
): Promise<ProfileEntry[][]> {
	const db = await open();
	const store = db.transaction(PROFILES, 'readonly').objectStore(PROFILES);
	const found = await Promise.all(
		ids.map(
			(id) =>
				result(store.get(profileKey(id, iso3))) as Promise<
					PackedProfile | ProfileEntry[] | undefined
				>
		)
	);
	return found.map(unpackProfile);
}

/** The file's own table as stored at import, if it was. */
export async function getStoredSource(id: string): Promise<Blob | undefined> {
	const db = await open();
	const tx = db.transaction(SOURCES, 'readonly');
	return (await result(tx.objectStore(SOURCES).get(id))) as Blob | undefined;
}
