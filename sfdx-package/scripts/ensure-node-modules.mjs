// Installs the pinned build tools with `npm ci` when node_modules is missing or was installed from
// a different package-lock.json; otherwise does nothing, so warm builds stay offline and fast.
// Usage: node scripts/ensure-node-modules.mjs [npm executable]
import { createHash } from "node:crypto";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { spawnSync } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const moduleDir = join(dirname(fileURLToPath(import.meta.url)), "..");
const lockFile = join(moduleDir, "package-lock.json");
const stampFile = join(moduleDir, "node_modules", ".installed-lock.sha256");
const npm = process.argv[2] ?? "npm";

const lockHash = createHash("sha256").update(readFileSync(lockFile)).digest("hex");
if (existsSync(stampFile) && readFileSync(stampFile, "utf8").trim() === lockHash) {
    console.log("node_modules matches package-lock.json; npm ci skipped");
    process.exit(0);
}

console.log("installing the pinned build tools: npm ci");
const result = spawnSync(npm, ["ci", "--ignore-scripts", "--no-audit", "--no-fund", "--loglevel=error"], {
    cwd: moduleDir,
    stdio: "inherit",
});
if (result.error) {
    console.error(`could not run ${npm}: ${result.error.message}`);
    process.exit(1);
}
if (result.status !== 0) {
    process.exit(result.status ?? 1);
}
writeFileSync(stampFile, `${lockHash}\n`);
