import { sveltekit } from '@sveltejs/kit/vite';
import type { Connect, Plugin } from 'vite';
import { defineConfig } from 'vitest/config';

/**
 * Headers for `vite dev` and `vite preview` (SvelteKit's preview ignores `preview.headers`).
 * Script rules live in each page's <meta> policy, whose hashes change with every build; a header
 * policy only adds directives a <meta> tag cannot carry. README lists the same for hosts.
 */
export const SECURITY_HEADERS: Record<string, string> = {
	'Content-Security-Policy': "object-src 'none'; base-uri 'self'; form-action 'self'",
	'X-Content-Type-Options': 'nosniff',
	'Referrer-Policy': 'no-referrer'
};

function securityHeaders(): Plugin {
	const middleware: Connect.NextHandleFunction = (_req, res, next) => {
		for (const [name, value] of Object.entries(SECURITY_HEADERS)) res.setHeader(name, value);
		next();
	};
	return {
		name: 'security-headers',
		configureServer: (server) => void server.middlewares.use(middleware),
		configurePreviewServer: (server) => void server.middlewares.use(middleware)
	};
}

export default defineConfig({
	plugins: [securityHeaders(), sveltekit()],
	worker: { format: 'es' },
	optimizeDeps: { exclude: ['@duckdb/duckdb-wasm'] },
	test: {
		include: ['src/**/*.test.ts', 'data/**/*.test.ts', 'tests/unit/**/*.test.ts'],
		environment: 'node',
		env: { TZ: 'UTC' }
	}
});
