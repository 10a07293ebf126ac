import type { CsvIngestReport, StagedCsv } from '$lib/upload/duckdb-ingest';
import { coverage, indicatorsOf, packRows, shortId } from '$lib/storage/columns';
import type { StorageProblem } from '$lib/storage/idb';
import type { StoredDataset, StoredIndicator } from '$lib/storage/types';
import type { TextEncoding } from '$lib/upload/decode';
import { HEAD_BYTES, LARGE_FILE_BYTES, MAX_UPLOAD_BYTES } from '$lib/upload/limits';
import { fileTooLarge, indicatorNameFromFileName, type ImportResult } from '$lib/upload/import';
import type { Notice } from '$lib/upload/notice';
import type { ColumnMapping } from '$lib/upload/shape';
import { CancelledError, ParseWorker, type Progress } from '$lib/upload/worker-client';

/** Errors the user can fix in the mapping step, rather than by fixing the file */
const FIXABLE = new Set<Notice['code']>([
	'no-country-column',
	'no-year-column',
	'no-value-column',
	'nothing-imported'
]);

export type UploadPhase =
	'idle' | 'reading' | 'refused' | 'review' | 'staging' | 'importing' | 'imported';

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
 * One upload from choosing a file to importing it: reading and parsing happen in the parse
 * worker (cancellable), large long files are read in full by DuckDB. Datasets already imported
 * are never touched by anything that happens here, errors included.
 */
export class UploadSession {
	phase = $state<UploadPhase>('idle');
	file = $state.raw<File | null>(null);
	progress = $state.raw<Progress | null>(null);
	result = $state.raw<ImportResult | null>(null);
	/** Only the head of a large file was parsed */
	partial = $state(false);
	/** The encoding the user chose; null = detected */
	encoding = $state<TextEncoding | null>(null);
	/** The mapping the user set; null = proposed */
	mapping = $state.raw<ColumnMapping | null>(null);
	datasetName = $state('');
	unit = $state('');
	/** Display name when the file holds a single indicator */
	indicatorName = $state('');
	refusal = $state.raw<Notice[]>([]);
	/** A failure outside the file itself (worker, database, storage) */
	failure = $state('');
	staged = $state.raw<StagedCsv | null>(null);
	stagedReport = $state.raw<CsvIngestReport | null>(null);
	imported = $state.raw<ImportedSummary | null>(null);

	#worker = new ParseWorker();
	#datasetId = shortId();

	/** Long file above LARGE_FILE_BYTES: full load through DuckDB */
	get usesDuckDb(): boolean {
		return this.partial && this.result?.shape === 'long';
	}

	get busy(): boolean {
		return this.phase === 'reading' || this.phase === 'staging' || this.phase === 'importing';
	}

	async choose(file: File): Promise<void> {
		this.cancel();
		await this.#discardStaged();
		this.file = file;
		this.encoding = null;
		this.mapping = null;
		this.imported = null;
		this.failure = '';
		this.result = null;
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
		await this.#discardStaged();
		await this.#analyse();
	}

	async setMapping(mapping: ColumnMapping): Promise<void> {
		this.mapping = mapping;
		await this.#discardStaged();
		await this.#analyse();
	}

	async #analyse(): Promise<void> {
		const file = this.file;
		if (!file) return;
		this.phase = 'reading';
		this.refusal = [];
		this.progress = { phase: 'reading', loaded: 0, total: file.size };
		const options = {
			...(this.encoding && { encoding: this.encoding }),
			...(this.mapping && { mapping: this.mapping })
		};
		try {
			const onProgress = (p: Progress) => (this.progress = p);
			let analysis = await this.#worker.analyse(
				file,
				options,
				onProgress,
				file.size > LARGE_FILE_BYTES ? HEAD_BYTES : undefined
			);
			// Wide files are read in full in JavaScript: DuckDB's load takes long files only.
			if (analysis.partial && analysis.result.shape !== 'long') {
				analysis = await this.#worker.analyse(file, options, onProgress);
			}
			this.result = analysis.result;
			this.partial = analysis.partial;
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

	/** Stops reading; the chosen file is forgotten, imported datasets stay. */
	cancel(): void {
		if (this.phase === 'reading') {
			this.#worker.cancel();
			this.phase = 'idle';
			this.file = null;
			this.progress = null;
		}
	}

	/** Large long files: DuckDB reads the whole file and reports before anything is imported. */
	async stage(): Promise<void> {
		const { file, result } = this;
		if (!file || !result?.mapping || !result.layout) return;
		this.phase = 'staging';
		this.failure = '';
		try {
			const encoding = result.encoding ?? 'utf-8';
			const source =
				encoding === 'utf-8'
					? { file }
					: {
							bytes: await this.#worker.utf8(file, encoding, (p) => (this.progress = p))
						};
			this.progress = { phase: 'parsing', loaded: 0, total: 1 };
			const { stageCsv } = await import('$lib/upload/duckdb-ingest');
			const staged = await stageCsv({
				source,
				delimiter: result.layout.delimiter,
				decimal: result.layout.decimal,
				headerLine: result.layout.headerLine,
				columnCount: result.columns.length,
				mapping: this.#mappingWithName(result.mapping),
				datasetId: this.#datasetId,
				unit: this.unit.trim()
			});
			this.staged = staged;
			this.stagedReport = staged.report;
			this.phase = 'review';
		} catch (error) {
			this.failure = error instanceof Error ? error.message : String(error);
			this.phase = 'review';
		} finally {
			this.progress = null;
		}
	}

	#mappingWithName(mapping: ColumnMapping): ColumnMapping {
		const typed = this.indicatorName.trim();
		return mapping.indicator === undefined && mapping.indicatorCode === undefined && typed
			? { ...mapping, indicatorName: typed }
			: mapping;
	}

	get canImport(): boolean {
		if (this.phase !== 'review' || !this.result?.mapping) return false;
		if (this.usesDuckDb) return this.staged !== null && this.staged.report.observations > 0;
		return this.result.ok && this.result.rows.length > 0;
	}

	async importNow(): Promise<void> {
		const { file, result } = this;
		if (!file || !result || !this.canImport) return;
		this.phase = 'importing';
		this.failure = '';
		try {
			const { addUserDataset } = await import('$lib/upload/user-tables');
			const dataset = this.usesDuckDb ? this.#fromStaged() : this.#fromRows(result);
			if (this.usesDuckDb) await this.staged?.commit();
			this.staged = null;
			const storageProblem = await addUserDataset(dataset, {
				alreadyInDatabase: this.usesDuckDb
			});
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
			this.failure = error instanceof Error ? error.message : String(error);
			this.phase = 'review';
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

	#fromRows(result: ImportResult): StoredDataset {
		const drafts = indicatorsOf(result.rows);
		const positions = new Map(drafts.map((d, k) => [d.key, k]));
		const rows = packRows(result.rows, positions);
		const covered = coverage(rows, drafts.length);
		const indicators: StoredIndicator[] = drafts.map((d, k) => ({
			id: `user-${this.#datasetId}-${k + 1}`,
			name: this.#indicatorName(d.name, drafts.length),
			...(d.code && { code: d.code }),
			unit: this.unit.trim(),
			...covered[k]
		}));
		return { ...this.#base(result), indicators, rows, observations: rows.value.length };
	}

	#fromStaged(): StoredDataset {
		const staged = this.staged;
		const result = this.result;
		if (!staged || !result) throw new Error('Nothing staged');
		const covered = coverage(staged.rows, staged.indicators.length);
		const indicators = staged.indicators.map((indicator, k) => ({
			...indicator,
			name: this.#indicatorName(indicator.name, staged.indicators.length),
			unit: this.unit.trim(),
			...covered[k]
		}));
		return {
			...this.#base(result),
			indicators,
			rows: staged.rows,
			observations: staged.rows.value.length
		};
	}

	async #discardStaged(): Promise<void> {
		const staged = this.staged;
		this.staged = null;
		this.stagedReport = null;
		if (staged) await staged.discard().catch(() => undefined);
	}

	/** Back to an empty form after an import or a refusal */
	reset(): void {
		this.cancel();
		void this.#discardStaged();
		this.phase = 'idle';
		this.file = null;
		this.result = null;
		this.refusal = [];
		this.failure = '';
	}

	dispose(): void {
		this.#worker.dispose();
		void this.#discardStaged();
	}
}
