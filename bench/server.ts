/**
 * A static server for the built site, close to what a production host does: correct MIME types
 * (incl. application/wasm), precompressed `.br`/`.gz` siblings when present, otherwise gzip on the
 * fly (cached), long-lived caching for hashed assets and ETag revalidation for the rest.
 */
import { createServer, type Server } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

const MIME: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.ico': 'image/x-icon',
	'.wasm': 'application/wasm',
	'.arrow': 'application/vnd.apache.arrow.stream',
	'.csv': 'text/csv; charset=utf-8',
	'.txt': 'text/plain; charset=utf-8',
	'.woff2': 'font/woff2'
};

const COMPRESSIBLE = new Set([
	'.html',
	'.js',
	'.mjs',
	'.css',
	'.json',
	'.svg',
	'.wasm',
	'.arrow',
	'.csv',
	'.txt'
]);

export interface StaticServer {
	url: string;
	close(): Promise<void>;
}

function resolveFile(root: string, pathname: string): string | null {
	const clean = normalize(decodeURIComponent(pathname)).replace(/^([/\\])+/, '');
	const candidates = pathname.endsWith('/')
		? [join(root, clean, 'index.html')]
		: [join(root, clean), join(root, clean, 'index.html'), join(root, `${clean}.html`)];
	for (const file of candidates) {
		if (!file.startsWith(root + sep) && file !== root) continue;
		if (existsSync(file) && statSync(file).isFile()) return file;
	}
	return null;
}

/**
 * `mounts` serve other directories under a path prefix (the bench's reference pages), so that
 * nothing the bench needs is ever written into build/.
 */
export function startStaticServer(
	buildDir: string,
	port = 0,
	mounts: Record<string, string> = {}
): Promise<StaticServer> {
	const root = resolve(buildDir);
	const gzipCache = new Map<string, Buffer>();
	const server: Server = createServer((request, response) => {
		const { pathname } = new URL(request.url ?? '/', 'http://localhost');
		const mount = Object.keys(mounts).find((prefix) => pathname.startsWith(prefix));
		const file = mount
			? resolveFile(resolve(mounts[mount]), `/${pathname.slice(mount.length)}`)
			: resolveFile(root, pathname);
		if (!file) {
			response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
			return;
		}
		const ext = extname(file);
		const stat = statSync(file);
		const etag = `"${stat.size.toString(16)}-${stat.mtimeMs.toString(16)}"`;
		const headers: Record<string, string> = {
			'content-type': MIME[ext] ?? 'application/octet-stream',
			'cache-control': pathname.includes('/_app/immutable/')
				? 'public, max-age=31536000, immutable'
				: 'no-cache',
			etag,
			vary: 'accept-encoding'
		};
		if (request.headers['if-none-match'] === etag) {
			response.writeHead(304, headers).end();
			return;
		}
		const accepts = String(request.headers['accept-encoding'] ?? '');
		let body: Buffer;
		if (/\bbr\b/.test(accepts) && existsSync(`${file}.br`)) {
			body = readFileSync(`${file}.br`);
			headers['content-encoding'] = 'br';
		} else if (/\bgzip\b/.test(accepts) && existsSync(`${file}.gz`)) {
			body = readFileSync(`${file}.gz`);
			headers['content-encoding'] = 'gzip';
		} else if (/\bgzip\b/.test(accepts) && COMPRESSIBLE.has(ext)) {
			const key = `${file}:${etag}`;
			body = gzipCache.get(key) ?? gzipSync(readFileSync(file), { level: 6 });
			gzipCache.set(key, body);
			headers['content-encoding'] = 'gzip';
		} else {
			body = readFileSync(file);
		}
		headers['content-length'] = String(body.length);
		response.writeHead(200, headers);
		response.end(request.method === 'HEAD' ? undefined : body);
	});
	return new Promise((done) => {
		server.listen(port, '127.0.0.1', () => {
			const address = server.address();
			const actual = typeof address === 'object' && address ? address.port : port;
			done({
				url: `http://127.0.0.1:${actual}`,
				close: () => new Promise((closed) => server.close(() => closed()))
			});
		});
	});
}
