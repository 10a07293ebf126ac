import {
	deleteStored,
	editStoredIndicator,
	getStoredProfiles,
	getStoredSource,
	listStoredDatasets,
	listStoredMeta,
	putDataset,
	renameStored,
	replaceStoredSource,
	StorageProblem
} from './idb';
import { withDisplay } from './display';
import { unpackProfile } from './profile-pack';
import type { ProfileEntry } from '$lib/dataset/profile';
import type { DatasetMeta, IndicatorDisplay, StoredDataset, UserIndicator } from './types';

export { StorageProblem } from './idb';
export type * from './types';

/**
 * Datasets the browser refused to store (full quota, private mode): kept for this tab only, so
 * an upload is never lost to a storage error while the page stays open.
 */
const sessionOnly = new Map<string, StoredDataset>();

let version = 0;

export interface UserDataChange {
	kind: 'import' | 'rename' | 'edit' | 'delete';
	datasetId: string;
	/** True when another tab of the dashboard made the change (it came over the channel) */
	fromOtherTab: boolean;
}

type Listener = (version: number, change: UserDataChange) => void;
const listeners = new Set<Listener>();

/** Other tabs of the dashboard hear of every change here, and this tab of theirs (issue 9). */
const CHANNEL = 'asean-dashboard-user-data';
let channel: BroadcastChannel | null | undefined;

function tabs(): BroadcastChannel | null {
	if (channel !== undefined) return channel;
	channel = typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(CHANNEL);
	if (channel) {
		channel.onmessage = (event: MessageEvent<Omit<UserDataChange, 'fromOtherTab'>>) => {
			const { kind, datasetId } = event.data ?? {};
			if (kind !== 'import' && kind !== 'rename' && kind !== 'edit' && kind !== 'delete') return;
			if (typeof datasetId !== 'string') return;
			notify({ kind, datasetId, fromOtherTab: true });
		};
	}
	return channel;
}

function notify(change: UserDataChange): void {
	version++;
	for (const listener of listeners) listener(version, change);
}

function bump(kind: UserDataChange['kind'], datasetId: string): void {
	notify({ kind, datasetId, fromOtherTab: false });
	tabs()?.postMessage({ kind, datasetId });
}

/** Increases after every import, rename and delete, in this tab or another. */
export function userDataVersion(): number {
	return version;
}

/**
 * Calls `listener` after every change to the user's datasets, made in this tab or in another tab
 * of the dashboard; returns the unsubscribe.
 */
export function subscribeUserData(listener: Listener): () => void {
	tabs();
	listeners.add(listener);
	return () => listeners.delete(listener);
}

export interface DatasetListing extends DatasetMeta {
	persisted: boolean;
}

/** Every dataset, stored and session-only, oldest first. A storage failure lists the session ones. */
export async function listUserDatasets(): Promise<{
	datasets: DatasetListing[];
	problem: StorageProblem | null;
}> {
	const session = [...sessionOnly.values()].map(
		({ rows: _rows, source: _source, profiles: _profiles, ...meta }) => ({
			...meta,
			persisted: false
		})
	);
	try {
		const stored = (await listStoredMeta()).map((meta) => ({ ...meta, persisted: true }));
		return { datasets: [...stored, ...session], problem: null };
	} catch (error) {
		return { datasets: session, problem: error as StorageProblem };
	}
}

/** Every dataset with its rows, for loading into the database at start. */
export async function loadUserDatasets(): Promise<StoredDataset[]> {
	let stored: StoredDataset[] = [];
	try {
		stored = await listStoredDatasets();
	} catch {
		// Storage unavailable: the session datasets still load; "My data" explains the problem.
	}
	return [...stored, ...sessionOnly.values()];
}

/**
 * One member's profile lines of the listed uploads' datasets that stored them at import, and the
 * datasets that did not (made before, or kept in this tab only without them): those the page
 * asks the engine. Takes the listing the page already read, so storage is listed once.
 */
export async function userProfileEntries(
	iso3: string,
	uploads: readonly Pick<UserIndicator, 'datasetId' | 'persisted' | 'profiled'>[]
): Promise<{ entries: ProfileEntry[]; unprofiled: Set<string> }> {
	const entries: ProfileEntry[] = [];
	const unprofiled = new Set<string>();
	const stored: string[] = [];
	for (const [id, upload] of new Map(uploads.map((u) => [u.datasetId, u]))) {
		const session = sessionOnly.get(id);
		if (session?.profiles) entries.push(...unpackProfile(session.profiles[iso3]));
		else if (upload.profiled && upload.persisted) stored.push(id);
		else unprofiled.add(id);
	}
	if (stored.length) {
		try {
			for (const lines of await getStoredProfiles(stored, iso3)) entries.push(...lines);
		} catch {
			for (const id of stored) unprofiled.add(id);
		}
	}
	return { entries, unprofiled };
}

/**
 * One dataset's own table for the SQL console, as CSV or, while its `table.read` is set, as the
 * file was uploaded; undefined when none was kept.
 */
export async function loadUserSource(id: string): Promise<Blob | undefined> {
	const session = sessionOnly.get(id);
	if (session) return session.source;
	try {
		return await getStoredSource(id);
	} catch {
		return undefined;
	}
}

/** Keeps a dataset's own table as written for the console, in place of the file as uploaded. */
export async function keepUserSource(
	id: string,
	source: Blob,
	table: NonNullable<DatasetMeta['table']>
): Promise<void> {
	const session = sessionOnly.get(id);
	if (session) sessionOnly.set(id, { ...session, source, table });
	else await replaceStoredSource(id, source, table);
}

/**
 * The user's indicators, for every view that lists indicators. Names, units and file names are
 * the user's own text: render them as text, never as HTML.
 */
export async function listUserIndicators(): Promise<UserIndicator[]> {
	const { datasets } = await listUserDatasets();
	return datasets.flatMap((d) =>
		d.indicators.map((i) => ({
			id: i.id,
			name: i.name,
			unit: i.unit,
			...(i.code && { code: i.code }),
			...(i.decimals !== undefined && { decimals: i.decimals }),
			datasetId: d.id,
			datasetName: d.name,
			fileName: d.fileName,
			sexes: i.sexes,
			years: i.years,
			persisted: d.persisted,
			profiled: d.profiled === true
		}))
	);
}

/** Stores a dataset; when the browser refuses, keeps it for this tab and returns why. */
export async function saveUserDataset(dataset: StoredDataset): Promise<StorageProblem | null> {
	let problem: StorageProblem | null = null;
	try {
		await putDataset(dataset);
	} catch (error) {
		problem = error instanceof StorageProblem ? error : new StorageProblem('failed', String(error));
		sessionOnly.set(dataset.id, dataset);
	}
	bump('import', dataset.id);
	return problem;
}

export async function renameUserDataset(id: string, name: string): Promise<void> {
	const session = sessionOnly.get(id);
	if (session) session.name = name;
	else await renameStored(id, name);
	bump('rename', id);
}

/** Sets how one uploaded indicator is shown (unit, decimals) in this tab and the others. */
export async function editUserIndicator(
	datasetId: string,
	indicatorId: string,
	display: IndicatorDisplay
): Promise<void> {
	const session = sessionOnly.get(datasetId);
	if (session) sessionOnly.set(datasetId, withDisplay(session, indicatorId, display));
	else await editStoredIndicator(datasetId, indicatorId, display);
	bump('edit', datasetId);
}

export async function deleteUserDataset(id: string): Promise<void> {
	if (!sessionOnly.delete(id)) await deleteStored(id);
	bump('delete', id);
}
