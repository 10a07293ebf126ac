import type { BuiltQuery, QueryRunner } from '$lib/queries/types';
import { queryKey } from './engine.svelte';

/**
 * One view's data: the view declares the query it needs, this runs it and keeps the rows of the
 * latest answer. An answer that arrives after a newer request is dropped, and errors are values.
 * `shown` is what the rows answer (a view spec, say), so titles drawn from it always match the
 * marks, even while a newer answer is on its way.
 */
export class QueryState<T, Tag> {
	rows = $state.raw<T[]>([]);
	shown = $state.raw<Tag>() as Tag;
	error = $state('');
	/** True while the wanted query is not the one the rows answer */
	stale = $state(false);
	/**
	 * False only while the first view asked for (a shared link, say) differs from the prerendered
	 * one and has no answer yet: the chart then shows a quiet loading state, not the wrong view.
	 * Later changes keep the previous chart on screen, marked busy.
	 */
	answered = $state(true);

	#wanted: string | null;
	#request = 0;
	#first = true;

	constructor(
		private readonly runner: QueryRunner,
		initial: { query: BuiltQuery | null; rows: T[]; tag: Tag }
	) {
		this.rows = initial.rows;
		this.shown = initial.tag;
		this.#wanted = initial.query ? queryKey(initial.query) : null;
	}

	/** Asks for the rows of `query`; the same query again costs nothing. */
	request(query: BuiltQuery | null, tag: Tag): void {
		const key = query ? queryKey(query) : null;
		const first = this.#first;
		this.#first = false;
		if (key === this.#wanted) return;
		this.#wanted = key;
		const request = ++this.#request;
		if (!query) {
			this.rows = [];
			this.shown = tag;
			this.stale = false;
			this.answered = true;
			return;
		}
		this.stale = true;
		if (first) this.answered = false;
		this.runner.run<T>(query).then(
			(rows) => {
				if (request !== this.#request) return;
				this.rows = rows;
				this.shown = tag;
				this.error = '';
				this.stale = false;
				this.answered = true;
			},
			(error: unknown) => {
				if (request !== this.#request) return;
				this.error = error instanceof Error ? error.message : String(error);
				this.stale = false;
				this.answered = true;
			}
		);
	}
}
