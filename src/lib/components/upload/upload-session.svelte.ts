import { coverage, shortId } from '$lib/storage/columns';
import type { StorageProblem } from '$lib/storage/idb';
import type { StoredDataset, StoredIndicator } from '$lib/storage/types';
import type { TextEncoding } from '$lib/upload/decode';
import { MAX_UPLOAD_BYTES } from '$lib/upload/limits';
import { fileTooLarge, indicatorNameFromFileName, type ImportResult } from '$lib/upload/import';
import type { Notice } from '$lib/upload/notice';
import type { ColumnMapping } from '$lib/upload/shape';
import { CancelledError, ParseWorker, type Progress } from '$lib/upload/worker-client';
import { sourceTableName, type SourceRead } from '$lib/upload/source-table';
import type { PackedRows, TableShape } from '$lib/upload/worker-protocol';

/** Errors the user can fix in the mapping step, rather than by fixing the file */
const FIXABLE = new Set<Notice['code']>([
	'no-country-column',
	'no-year-column',
	'no-value-column',
	'nothing-imported'
]);

/** Reading and checking report from the worker; importing counts its own steps. */
export type UploadProgress = Progress | { phase: 'importing'; loaded: number; total: number };

export type UploadPhase = 'idle' | 'reading' | 'refused' | 'review' | 'importing' | 'imported';

export interface ImportedSummary {
	datasetId: string;
	name: string;
	indicators: number;
	observations: number;
	/** The first indicator, so the user can go straight to its chart */
	firstIndicator: { id: string; name: string } | null;
	storageProblem: StorageProblem | null;
}

/**
 * One upload from choosing a file to importing it: reading and checking happen in the parse
 * worker (cancellable), with the same rules for every size of file. Datasets already imported
 * are never touched by anything that happens here, errors included.
 */
export class UploadSession {
	phase = $state<UploadPhase>('idle');
	file = $state.raw<File | null>(null);
	progress = $state.raw<UploadProgress | null>(null);
	result = $state.raw<ImportResult | null>(null);
	/** The rows that passed the check: exactly what Import stores */
	packed = $state.raw<PackedRows | null>(null);
	/** The encoding the user chose; null = detected */
	encoding = $state<TextEncoding | null>(null);
	/** The mapping the user set; null = proposed */
	mapping = $state.raw<ColumnMapping | null>(null);
	/** The header row the user set; null = detected */
	headerLine = $state<number | null>(null);
	datasetName = $state('');
	unit = $state('');
	/** Display precision for the file's indicators; null = as the values come */
	decimals = $state<number | null>(null);
	/** Display name when the file holds a single indicator */
	indicatorName = $state('');
	refusal = $state.raw<Notice[]>([]);
	/** A failure outside the file itself (worker, database, storage) */
	failure = $state('');
	/** The import failed because the engine's memory could not hold this many values */
	outOfMemory = $state<number | null>(null);
	imported = $state.raw<ImportedSummary | null>(null);
	/** The same file was imported before: Import waits for "replace" or "keep both" */
	alreadyImported = $state.raw<{ id: string; name: string; createdAt: string } | null>(null);

	#worker = new ParseWorker();
	/** The checked file as a table, and the choices that read it so: its own table in the console */
	#table: { shape: TableShape; read: SourceRead } | null = null;
	#importing: AbortController | null = null;
	#datasetId = shortId();

	get busy(): boolean {
		return this.phase === 'reading' || this.phase === 'importing';
	}

	async choose(file: File): Promise<void> {
		this.cancel();
		this.file = file;
		this.encoding = null;
		this.mapping = null;
		this.headerLine = null;
		this.decimals = null;
		this.imported = null;
		this.alreadyImported = null;
		this.failure = '';
		this.outOfMemory = null;
		this.result = null;
		this.packed = null;
		this.#table = null;
		this.#datasetId = shortId();
		this.datasetName = indicatorNameFromFileName(file.name);
		this.unit = '';
		this.indicatorName = '';
		if (file.size > MAX_UPLOAD_BYTES) {
			this.refusal = [fileTooLarge(file.size, MAX_UPLOAD_BYTES)];
			this.phase = 'refused';
			return;
		}
		await this.#analyse();
	}

	async setEncoding(encoding: TextEncoding): Promise<void> {
		this.encoding = encoding;
		this.mapping = null;
		await this.#analyse();
	}

	/** Another header row: the columns change, so the mapping is detected afresh. */
	async setHeaderLine(line: number): Promise<void> {
		this.headerLine = line;
		this.mapping = null;
		await this.#analyse();
	}

	async setMapping(mapping: ColumnMapping): Promise<void> {
		this.mapping = mapping;
		await this.#analyse();
	}

	async #analyse(): Promise<void> {
		const file = this.file;
		if (!file) return;
		this.phase = 'reading';
		this.refusal = [];
		this.progress = { phase: 'reading', loaded: 0, total: file.size };
		const read: SourceRead = {
			...(this.encoding && { encoding: this.encoding }),
			...(this.headerLine !== null && { headerLine: this.headerLine })
		};
		const options = { ...read, ...(this.mapping && { mapping: this.mapping }) };
		try {
			const analysis = await this.#worker.analyse(file, options, (p) => (this.progress = p));
			this.result = analysis.result;
			this.packed = analysis.packed;
			this.#table = analysis.table && { shape: analysis.table, read };
			const single = analysis.result.report?.indicators;
			if (!this.indicatorName && single?.length === 1) this.indicatorName = single[0];
			const errors = analysis.result.notices.filter((n) => n.level === 'error');
			this.refusal = errors;
			// Errors a different column choice can fix keep the mapping form open.
			this.phase = errors.every((n) => FIXABLE.has(n.code)) ? 'review' : 'refused';
		} catch (error) {
			if (error instanceof CancelledError) return;
			this.failure = error instanceof Error ? error.message : String(error);
			this.phase = 'refused';
		} finally {
			this.progress = null;
		}
	}

	/**
	 * Stops reading (the chosen file is forgotten) or importing (back to the review, nothing
	 * stored); imported datasets stay.
	 */
	cancel(): void {
		if (this.phase === 'importing') {
			this.#importing?.abort();
			return;
		}
		if (this.phase === 'reading') {
			this.#worker.cancel();
			this.phase = 'idle';
			this.file = null;
			this.progress = null;
		}
	}

	get canImport(): boolean {
		if (this.phase !== 'review' || !this.result?.mapping || !this.packed) return false;
		return this.result.ok && this.packed.rows.value.length > 0;
	}

	/**
	 * Imports what the check showed. A file imported before (same name, same observations) is not
	 * imported twice without a word: the first call asks, `'replace'` or `'copy'` answers.
	 */
	async importNow(answer?: 'replace' | 'copy'): Promise<void> {
		const { file, result, packed } = this;
		if (!file || !result || !packed || !this.canImport) return;
		const { listUserDatasets } = await import('$lib/storage/user-data');
		const { datasets } = await listUserDatasets();
		if (!answer) {
			const same = datasets.find(
				(d) => d.fileName === file.name && d.observations === packed.rows.value.length
			);
			if (same) {
				this.alreadyImported = { id: same.id, name: same.name, createdAt: same.createdAt };
				return;
			}
		}
		const replacing = answer === 'replace' ? this.alreadyImported : null;
		this.alreadyImported = null;
		this.phase = 'importing';
		this.failure = '';
		this.outOfMemory = null;
		const control = new AbortController();
		this.#importing = control;
		try {
			const { addUserDataset, deleteUserData } = await import('$lib/upload/user-tables');
			const dataset = this.#dataset(result, packed);
			const taken = datasets.flatMap((d) => (d.table ? [d.table.name] : []));
			// The file as uploaded is kept; its CSV for the console is written on first use.
			const table = this.#table && {
				table: {
					name: sourceTableName(file.name, taken),
					...this.#table.shape,
					read: this.#table.read
				},
				source: file
			};
			const storageProblem = await addUserDataset(dataset, {
				signal: control.signal,
				...(table && { sourceTable: table }),
				onProgress: (loaded, total) => (this.progress = { phase: 'importing', loaded, total })
			});
			// The new copy is in before the old one goes: a failure keeps the old one.
			if (replacing) await deleteUserData(replacing.id);
			this.imported = {
				datasetId: dataset.id,
				name: dataset.name,
				indicators: dataset.indicators.length,
				observations: dataset.observations,
				firstIndicator: dataset.indicators[0]
					? { id: dataset.indicators[0].id, name: dataset.indicators[0].name }
					: null,
				storageProblem
			};
			this.phase = 'imported';
			this.#datasetId = shortId();
		} catch (error) {
			// A cancelled import goes back to the review with nothing stored, ready to import again.
			const cancelled = error instanceof Error && error.name === 'ImportCancelled';
			const message = error instanceof Error ? error.message : String(error);
			// The engine's own words name settings the analyst cannot change: say what to do.
			this.outOfMemory = /out of memory/i.test(message) ? packed.rows.value.length : null;
			this.failure = cancelled || this.outOfMemory !== null ? '' : message;
			this.phase = 'review';
		} finally {
			this.#importing = null;
			this.progress = null;
		}
	}

	#base(result: ImportResult): Omit<StoredDataset, 'indicators' | 'rows' | 'observations'> {
		return {
			id: this.#datasetId,
			name: this.datasetName.trim() || indicatorNameFromFileName(result.fileName),
			fileName: result.fileName,
			createdAt: new Date().toISOString(),
			encoding: result.encoding,
			mapping: result.mapping
		};
	}

	#indicatorName(name: string, count: number): string {
		return count === 1 && this.indicatorName.trim() ? this.indicatorName.trim() : name;
	}

	#decimals(): number | undefined {
		const d = this.decimals;
		return typeof d === 'number' && Number.isInteger(d) && d >= 0 && d <= 6 ? d : undefined;
	}

	#dataset(result: ImportResult, packed: PackedRows): StoredDataset {
		const { indicators: drafts, rows } = packed;
		const covered = coverage(rows, drafts.length);
		const shown = this.#decimals();
		const published = shown === undefined ? packed.decimals : [];
		const indicators: StoredIndicator[] = drafts.map((d, k) => ({
			id: `user-${this.#datasetId}-${k + 1}`,
			name: this.#indicatorName(d.name, drafts.length),
			...(d.code && { code: d.code }),
			unit: this.unit.trim(),
			decimals: shown ?? published[k],
			...covered[k]
		}));
		return { ...this.#base(result), indicators, rows, observations: rows.value.length };
	}

	/** Back to an empty form after an import or a refusal */
	reset(): void {
		this.cancel();
		this.phase = 'idle';
		this.file = null;
		this.result = null;
		this.packed = null;
		this.refusal = [];
		this.failure = '';
		this.outOfMemory = null;
	}

	dispose(): void {
		this.#worker.dispose();
	}
}
