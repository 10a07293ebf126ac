/**
 * The only module that imports @duckdb/duckdb-wasm. The engine starts lazily, exactly once, in a
 * Web Worker, from bundles this app serves itself (never a CDN), and loads the shared dataset.
 */
import * as duckdb from '@duckdb/duckdb-wasm';
import ehWasm from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import ehWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';
import mvpWasm from '@duckdb/duckdb-wasm/dist/duckdb-mvp.wasm?url';
import mvpWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-mvp.worker.js?url';
import { asset } from '$app/paths';
import type { BuiltQuery } from '$lib/queries/types';
import { ISO3_CODES } from '$lib/countries/members';
import { plainRows } from './arrow-table';
import { SHARED_SCHEMA } from './schema';
import { passQueryGates, runStartHooks } from './start-hooks';

export { addStartHook, type StartHook } from './start-hooks';

export type Row = Record<string, string | number | boolean | null>;

let started: Promise<duckdb.AsyncDuckDB> | undefined;

const DATABASE = 'app';

/**
 * The engine with its tables in a compressed in-memory database instead of DuckDB's default one,
 * which keeps every value uncompressed: the 8 million rows of a 100 MB wide upload took 610 MB
 * there and 80 MB here, and the profile queries over them ran a fifth faster (issue 9). Every
 * connection starts in it, so no query names it.
 */
class Engine extends duckdb.AsyncDuckDB {
	async openCompressed(config: duckdb.DuckDBConfig): Promise<void> {
		await this.open(config);
		const conn = await super.connect();
		try {
			await conn.query(`ATTACH ':memory:' AS ${DATABASE} (COMPRESS)`);
		} finally {
			await conn.close();
		}
	}

	override async connect(): Promise<duckdb.AsyncDuckDBConnection> {
		const conn = await super.connect();
		await conn.query(`USE ${DATABASE}`);
		return conn;
	}
}

export function getDatabase(): Promise<duckdb.AsyncDuckDB> {
	started ??= start().catch((error: unknown) => {
		started = undefined;
		throw error;
	});
	return started;
}

/** The engine when this page has started it, else undefined (it is not started by asking). */
export function startedDatabase(): Promise<duckdb.AsyncDuckDB> | undefined {
	return started;
}

/**
 * Lets SQL read a Blob as a file, in slices as queries need them: a 100 MB upload is never
 * copied into the engine's memory.
 */
export async function registerBlob(
	db: duckdb.AsyncDuckDB,
	name: string,
	blob: Blob
): Promise<void> {
	await db.registerFileHandle(name, blob, duckdb.DuckDBDataProtocol.BROWSER_FILEREADER, true);
}

async function start(): Promise<duckdb.AsyncDuckDB> {
	// Without cross-origin isolation Chromium picks `eh`; the threaded `coi` bundle was slower here.
	const bundle = await duckdb.selectBundle({
		mvp: { mainModule: mvpWasm, mainWorker: mvpWorker },
		eh: { mainModule: ehWasm, mainWorker: ehWorker }
	});
	// The dataset downloads while the engine compiles, not after it.
	const arrow = fetchBytes(asset('/data/observations.arrow'));
	arrow.catch(() => undefined);
	const worker = new Worker(bundle.mainWorker!);
	// A worker script that fails to load only fires an event; without this the start would hang.
	const workerFailed = new Promise<never>((_, reject) =>
		worker.addEventListener('error', () => reject(new Error('The database worker did not load')))
	);
	const db = new Engine(new duckdb.VoidLogger(), worker);
	await Promise.race([db.instantiate(bundle.mainModule, bundle.pthreadWorker), workerFailed]);
	await db.openCompressed({ query: { castBigIntToDouble: true, castDecimalToDouble: true } });
	const conn = await db.connect();
	try {
		// Extensions would be fetched from the internet; this app never leaves its origin. The
		// member codes are the app's own constants (three capital letters), so they are literals
		// here: one message to the worker instead of a prepared statement's three.
		await conn.query(
			[
				'SET autoinstall_known_extensions = false',
				'SET autoload_known_extensions = false',
				...SHARED_SCHEMA,
				`INSERT INTO countries VALUES ${ISO3_CODES.filter((c) => /^[A-Z]{3}$/.test(c))
					.map((c) => `('${c}')`)
					.join(', ')}`
			].join(';\n')
		);
		await conn.insertArrowFromIPCStream(await arrow, { name: 'observations', create: false });
	} finally {
		await conn.close();
	}
	// Whatever other layers registered (the uploads restore their tables here).
	await runStartHooks(db);
	return db;
}

async function fetchBytes(url: string): Promise<Uint8Array> {
	const response = await fetch(url);
	if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
	return new Uint8Array(await response.arrayBuffer());
}

type Statement = duckdb.AsyncPreparedStatement;

/**
 * Views ask the same few questions with new values on every interaction: they share one
 * connection and keep each statement prepared, so a query costs one message to the worker
 * instead of five (connect, prepare, run, close, disconnect).
 */
let views:
	| Promise<{ statements: Map<string, Promise<Statement>>; conn: duckdb.AsyncDuckDBConnection }>
	| undefined;
const KEPT_STATEMENTS = 64;

async function viewConnection() {
	views ??= getDatabase().then(async (db) => ({ conn: await db.connect(), statements: new Map() }));
	return views;
}

async function prepared(sql: string, fresh = false): Promise<Statement> {
	const { conn, statements } = await viewConnection();
	let statement = fresh ? undefined : statements.get(sql);
	if (!statement) {
		statement = conn.prepare(sql);
		statements.delete(sql);
		statements.set(sql, statement);
		statement.catch(() => statements.delete(sql));
		if (statements.size > KEPT_STATEMENTS) {
			const [oldest, dropped] = statements.entries().next().value!;
			statements.delete(oldest);
			void dropped.then((s) => s.close()).catch(() => undefined);
		}
	}
	return statement;
}

/** Runs one parameterised query and returns plain JS rows. */
export async function query<T = Row>({ sql, params }: BuiltQuery): Promise<T[]> {
	await passQueryGates(params);
	let table;
	try {
		table = await (await prepared(sql)).query(...params);
	} catch {
		// A statement prepared before a table was replaced (an upload) is prepared again, once.
		table = await (await prepared(sql, true)).query(...params);
	}
	return plainRows(table) as T[];
}

/**
 * One parameterised query on the caller's own connection, past the query gates: for work on
 * rows the caller has just put in, inside its transaction (an import's profile lines).
 */
export async function queryOn<T = Row>(
	conn: duckdb.AsyncDuckDBConnection,
	{ sql, params }: BuiltQuery
): Promise<T[]> {
	const statement = await conn.prepare(sql);
	try {
		const table = await statement.query(...params);
		return plainRows(table) as T[];
	} finally {
		await statement.close();
	}
}
