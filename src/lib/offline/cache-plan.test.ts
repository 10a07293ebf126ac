import { describe, expect, it } from 'vitest';
import {
	cachePlan,
	engineFlavour,
	enginePrefetch,
	engineStored,
	isThaiPath,
	pageKey
} from './cache-plan';

const eh = '/asean/_app/immutable/assets/duckdb-eh.B3x_9-kQ.wasm';
const ehWorker = '/asean/_app/immutable/assets/duckdb-browser-eh.worker.Cq1-Zz.js';
const mvp = '/asean/_app/immutable/assets/duckdb-mvp.Dd2.wasm';
const mvpWorker = '/asean/_app/immutable/assets/duckdb-browser-mvp.worker.Ee3.js';
const app = '/asean/_app/immutable/entry/start.Ff4.js';

describe('engineFlavour', () => {
	it('recognises the bundle files Vite emits, and nothing else', () => {
		expect(engineFlavour(eh)).toBe('eh');
		expect(engineFlavour(ehWorker)).toBe('eh');
		expect(engineFlavour(mvpWorker)).toBe('mvp');
		expect(engineFlavour(app)).toBeNull();
		expect(engineFlavour('/asean/data/observations.arrow')).toBeNull();
		expect(engineFlavour('/asean/indicator/duckdb-eh/')).toBeNull();
	});
});

describe('cachePlan', () => {
	it('keeps the engine out of the install step and everything else in it, once', () => {
		const plan = cachePlan(
			[app, eh, ehWorker, mvp, mvpWorker],
			['/asean/data/observations.arrow', '/asean/favicon.svg'],
			['/asean/', '/asean/th/', '/asean/indicator/x/', '/asean/indicator/x/__data.json', '/asean/']
		);
		expect(plan.engine).toEqual([eh, ehWorker, mvp, mvpWorker]);
		expect(plan.shell).toEqual([
			app,
			'/asean/data/observations.arrow',
			'/asean/favicon.svg',
			'/asean/',
			'/asean/th/',
			'/asean/indicator/x/',
			'/asean/indicator/x/__data.json'
		]);
	});
});

describe('pageKey', () => {
	it('adds the trailing slash the site always uses to a page path', () => {
		expect(pageKey('/asean/indicator/x')).toBe('/asean/indicator/x/');
		expect(pageKey('/asean/indicator/x/')).toBe('/asean/indicator/x/');
		expect(pageKey('')).toBe('/');
	});

	it('leaves file paths alone', () => {
		expect(pageKey('/asean/indicator/x/__data.json')).toBe('/asean/indicator/x/__data.json');
		expect(pageKey('/data/observations.arrow')).toBe('/data/observations.arrow');
	});
});

describe('isThaiPath', () => {
	it('finds the Thai prefix after the base path only', () => {
		expect(isThaiPath('/asean/th/indicator/x/', '/asean')).toBe(true);
		expect(isThaiPath('/asean/th', '/asean')).toBe(true);
		expect(isThaiPath('/th/', '')).toBe(true);
		expect(isThaiPath('/asean/indicator/th/', '/asean')).toBe(false);
		expect(isThaiPath('/asean/thai/', '/asean')).toBe(false);
	});
});

describe('engineStored', () => {
	it('needs the wasm and the worker of one flavour', () => {
		expect(engineStored([eh])).toBe(false);
		expect(engineStored([eh, mvpWorker])).toBe(false);
		expect(engineStored([eh, ehWorker])).toBe(true);
		expect(engineStored([mvp, mvpWorker, app])).toBe(true);
		expect(engineStored([])).toBe(false);
	});
});

describe('enginePrefetch', () => {
	it('fetches ahead only the exceptions bundle', () => {
		expect(enginePrefetch([eh, ehWorker, mvp, mvpWorker])).toEqual([eh, ehWorker]);
	});
});
