/**
 * Every table the app creates, in one place: the in-browser engine, the build-time runner that
 * prerenders pages, and the upload code all create their tables from these statements, so the
 * columns and types cannot drift between them.
 */

/** One row per published figure: the columns of static/data/observations.csv, in that order. */
export const OBSERVATIONS_DDL = `CREATE TABLE IF NOT EXISTS observations (
	indicator_id VARCHAR NOT NULL,
	iso3 VARCHAR NOT NULL,
	year INTEGER NOT NULL,
	sex VARCHAR NOT NULL,
	value DOUBLE NOT NULL,
	flag VARCHAR
)`;

/** The 11 members, so that a view lists every member and a gap stays a visible "no data" row. */
export const COUNTRIES_DDL = 'CREATE TABLE IF NOT EXISTS countries (iso3 VARCHAR PRIMARY KEY)';

/** The analyst's uploaded indicators; their rows sit in `observations` with `flag = 'user'`. */
export const USER_INDICATORS_DDL = `CREATE TABLE IF NOT EXISTS user_indicators (
	id VARCHAR PRIMARY KEY,
	dataset_id VARCHAR NOT NULL,
	dataset_name VARCHAR NOT NULL,
	name VARCHAR NOT NULL,
	code VARCHAR,
	unit VARCHAR NOT NULL,
	file_name VARCHAR NOT NULL
)`;

/** The indicator catalogue as a table, for the SQL console. */
export const CATALOG_DDL = `CREATE TABLE IF NOT EXISTS catalog (
	id VARCHAR PRIMARY KEY,
	"group" VARCHAR NOT NULL,
	name_en VARCHAR NOT NULL,
	name_th VARCHAR NOT NULL,
	unit_en VARCHAR NOT NULL,
	unit_th VARCHAR NOT NULL,
	decimals INTEGER NOT NULL
)`;

/** The shared tables every engine starts with, in creation order. */
export const SHARED_SCHEMA = [OBSERVATIONS_DDL, COUNTRIES_DDL] as const;
