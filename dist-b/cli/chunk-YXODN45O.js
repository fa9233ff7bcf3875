// dist/cli/command.js
var UsageError = class extends Error {
  name = "UsageError";
};
function stringOption(values, name) {
  const v = values[name];
  return typeof v === "string" ? v : void 0;
}
function intOption(values, name) {
  const v = stringOption(values, name);
  if (v === void 0) return void 0;
  if (!/^\d+$/.test(v) || v === "0") throw new UsageError(`--${name} must be a whole number above 0, got "${v}"`);
  return Number.parseInt(v, 10);
}
function redisUrlOption(url, from) {
  if (url === void 0) return void 0;
  let parsed;
  try {
    parsed = new URL(url);
  } catch {
    parsed = null;
  }
  if (!parsed || parsed.protocol !== "redis:" && parsed.protocol !== "rediss:" || !parsed.hostname) {
    throw new UsageError(`${from} must be a Redis URL like redis://host:6379 or rediss://host:6380, got "${url.replace(/[^\x20-\x7e]/g, "?")}"`);
  }
  return url;
}
var MAX_THREADS = 256;
function threadsOption(values, name) {
  const n = intOption(values, name);
  if (n !== void 0 && n > MAX_THREADS) throw new UsageError(`--${name} ${n} is more threads than one process should start (at most ${MAX_THREADS}); each thread holds a file in memory`);
  return n;
}
function choiceOption(values, name, choices, fallback) {
  const v = stringOption(values, name);
  if (v === void 0) return fallback;
  if (!choices.includes(v)) throw new UsageError(`--${name} must be one of ${choices.join(", ")}, got "${v}"`);
  return v;
}

export {
  UsageError,
  stringOption,
  intOption,
  redisUrlOption,
  threadsOption,
  choiceOption
};
