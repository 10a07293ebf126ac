import type { AsyncDuckDBConnection } from '@duckdb/duckdb-wasm';
import { ISO3_CODES } from '$lib/countries/members';
import { uploadProfileIndicator } from '$lib/dataset/user-indicator';
import { membersProfile } from '$lib/pages/profile-data';
import type { BuiltQuery, QueryRunner } from '$lib/queries/types';
import { joinPacked, packProfile, type PackedProfile } from '$lib/storage/profile-pack';
import type { StoredDataset } from '$lib/storage/types';

/**
 * Rows the profile queries of an import cover at once. Asked in one go, a 100 MB wide upload's
 * 8 million points grew the engine's memory (which never shrinks) by 500 MB in their list
 * aggregation; in batches of this size it stays where the rows left it, and the queries run no
 * slower (issue 9).
 */
export const PROFILE_BATCH_ROWS = 1 << 19;

/**
 * Consecutive ranges `[from, to)` of indicator positions, each covering at most `limit` rows
 * unless one indicator alone has more. `rowIndicator` is each row's indicator position.
 */
export function indicatorBatches(
	rowIndicator: ArrayLike<number>,
	indicators: number,
	limit: number
): [number, number][] {
	const rows = new Uint32Array(indicators);
	for (let i = 0; i < rowIndicator.length; i++) rows[rowIndicator[i]]++;
	const batches: [number, number][] = [];
	let from = 0;
	let covered = 0;
	for (let k = 0; k < indicators; k++) {
		if (k > from && covered + rows[k] > limit) {
			batches.push([from, k]);
			from = k;
			covered = 0;
		}
		covered += rows[k];
	}
	if (indicators > from) batches.push([from, indicators]);
	return batches;
}

/**
 * Every member's profile lines of a new upload, by the profile's own queries over the rows just
 * put in: country profiles then show the upload from storage, with no engine and no rows. Asked
 * a batch of indicators at a time and packed as each batch comes, so that only one batch's
 * sparkline points are ever objects together. `afterBatch` runs after each of `batches` (from
 * `profileBatches`), with how many are done: it may throw to stop.
 */
export async function memberProfiles(
	conn: AsyncDuckDBConnection,
	dataset: Pick<StoredDataset, 'indicators'>,
	batches: readonly [number, number][],
	afterBatch: (done: number) => void = () => {}
): Promise<Record<string, PackedProfile>> {
	const { queryOn } = await import('$lib/db/duckdb');
	const runner: QueryRunner = { run: <T>(built: BuiltQuery) => queryOn<T>(conn, built) };
	const indicators = dataset.indicators.map(uploadProfileIndicator);
	const parts = new Map<string, PackedProfile[]>();
	for (const [k, [from, to]] of batches.entries()) {
		const lines = await membersProfile(ISO3_CODES, indicators.slice(from, to), runner);
		let since = performance.now();
		for (const iso3 of ISO3_CODES) {
			// Packing a batch of a 15,000-indicator upload for every member was one task of up to
			// 200 ms: after 30 ms of it, the page gets a turn before the next member.
			if (performance.now() - since > 30) {
				await nextTask();
				since = performance.now();
			}
			const covered = (lines.get(iso3) ?? []).filter((e) => e.latest !== null);
			lines.delete(iso3);
			if (!covered.length) continue;
			const packed = parts.get(iso3) ?? [];
			packed.push(packProfile(covered));
			parts.set(iso3, packed);
		}
		afterBatch(k + 1);
	}
	return Object.fromEntries([...parts].map(([iso3, packed]) => [iso3, joinPacked(packed)]));
}

/** A macrotask later, without setTimeout's clamping of nested timers */
function nextTask(): Promise<void> {
	const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
	if (scheduler?.yield) return scheduler.yield();
	return new Promise((resolve) => {
		const channel = new MessageChannel();
		channel.port1.onmessage = () => {
			channel.port1.close();
			resolve();
		};
		channel.port2.postMessage(null);
	});
}

/** The batches of indicators of this dataset's profile lines */
export function profileBatches(
	dataset: Pick<StoredDataset, 'indicators' | 'rows'>
): [number, number][] {
	return indicatorBatches(dataset.rows.indicator, dataset.indicators.length, PROFILE_BATCH_ROWS);
}
