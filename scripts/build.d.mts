/** Compiles src/ to dist/ with esbuild (JavaScript only); returns what it did. */
export function buildJs(): Promise<{ modules: number; written: number; removed: number }>;
/** Writes dist/'s .d.ts files with tsc (tsconfig.build.json). */
export function buildTypes(): void;
