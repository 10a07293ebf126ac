import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SourceFiles } from './extract';

/** Raw files read from a directory on disk; each file is read once per build. */
export function sourceDirectory(dir: string): SourceFiles {
	const cache = new Map<string, string>();
	return {
		exists: (path) => existsSync(join(dir, path)),
		read(path) {
			const cached = cache.get(path);
			if (cached !== undefined) return cached;
			const full = join(dir, path);
			if (!existsSync(full)) {
				throw new Error(
					`${path}: not found under ${dir}; is --sources pointing at the raw sources?`
				);
			}
			const text = readFileSync(full, 'utf8');
			cache.set(path, text);
			return text;
		}
	};
}
